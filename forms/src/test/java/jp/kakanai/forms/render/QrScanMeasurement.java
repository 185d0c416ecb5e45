package jp.kakanai.forms.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import jp.kakanai.forms.definition.Box;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * How often a back-office scanner fails to read a form's QR codes: renders realistic visits
 * ({@link RealisticVisits}: 1, 2, 4 and 7 people) on every form of the catalog, puts each page into pixels with
 * PDFBox at each resolution (anti-aliased, like an office scanner's grey image) and decodes each code's place
 * (3 mm around its square, as a scanner app crops it) once with ZXing, HybridBinarizer and TRY_HARDER, as a
 * back-office app would: no retry at another resolution. Each page is scanned twice per resolution: as PDFBox
 * renders it, and shifted by a random 0 to 8 pixels, fractions included, as paper lands anywhere on a scanner's
 * glass (8 pixels: ZXing's binarizer works in blocks of 8). A page
 * fails when one of its codes is not read or the codes read give other data than the page printed. Not a test:
 * a measurement for docs/forms.md. Run:
 * <pre>
 * mvn -B -q -o -pl forms test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath jp.kakanai.forms.render.QrScanMeasurement 32 200,300,600"
 * </pre>
 * Arguments: number of visits (default 32; 12 pages each) and the resolutions in dpi (default 200,300,600).
 */
public final class QrScanMeasurement {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrScanMeasurement() {
    }

    /** One form's figures over all visits; failures per resolution, as rendered and shifted. */
    private static final class Tally {
        final List<Integer> bytes = new ArrayList<>();
        int mostCodes;
        int maxVersion;
        double minModule = Double.MAX_VALUE;
        final int[] failures;

        Tally(int columns) {
            failures = new int[columns];
        }
    }

    public static void main(String[] args) throws IOException {
        int visits = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        float[] dpis = parseDpis(args.length > 1 ? args[1] : "200,300,600");
        FormRenderer renderer = TestRenderer.shared();
        Map<String, Tally> byForm = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        Random placement = new Random(42);
        int[] codesMissed = new int[2 * dpis.length];
        int codesScanned = 0;
        int pages = 0;
        long started = System.nanoTime();
        List<FormData> all = RealisticVisits.visits(visits, 20261130L);
        for (int v = 0; v < all.size(); v++) {
            FormData data = all.get(v);
            int people = data.lookup("household").map(h -> ((List<?>) h).size()).orElse(0);
            for (FormSummary form : renderer.forms()) {
                List<PageSketch.QrCode> codes = renderer.sketch(form.id(), data).qrCodes();
                BackOfficeData printed = BackOfficeData.fromCodes(codes.stream().map(PageSketch.QrCode::text).toList()).orElseThrow();
                Tally tally = byForm.computeIfAbsent(form.id(), id -> new Tally(2 * dpis.length));
                tally.bytes.add(printed.toJson().getBytes(StandardCharsets.UTF_8).length);
                tally.mostCodes = Math.max(tally.mostCodes, codes.size());
                for (PageSketch.QrCode code : codes) {
                    tally.maxVersion = Math.max(tally.maxVersion, (code.modules().getWidth() - 17) / 4);
                    tally.minModule = Math.min(tally.minModule, code.box().w() / code.modules().getWidth());
                }
                List<Box> places = renderer.definition(form.id()).orElseThrow().qrCodes().subList(0, codes.size());
                try (PDDocument doc = Loader.loadPDF(renderer.render(form.id(), data).pdf())) {
                    PDFRenderer raster = new PDFRenderer(doc);
                    for (int r = 0; r < dpis.length; r++) {
                        // ZXing's binarizer works in blocks of 8 pixels: the page moves by up to a block, not only by a fraction
                        double[][] shifts = {{0, 0}, {8 * placement.nextDouble(), 8 * placement.nextDouble()}};
                        for (int s = 0; s < 2; s++) {
                            List<String> texts = new ArrayList<>();
                            for (Box place : places) {
                                texts.add(decode(area(raster, place, dpis[r], shifts[s][0], shifts[s][1])));
                            }
                            codesMissed[2 * r + s] += (int) texts.stream().filter(t -> t == null).count();
                            boolean read = !texts.contains(null) && BackOfficeData.fromCodes(texts).equals(Optional.of(printed));
                            if (!read) {
                                tally.failures[2 * r + s]++;
                                missed.add(String.format("%s, visit %d (%d people), %.0f dpi%s, %d codes", form.id(), v + 1,
                                        people, dpis[r], s == 0 ? "" : " shifted", codes.size()));
                            }
                        }
                    }
                }
                codesScanned += codes.size();
                pages++;
            }
        }
        report(byForm, dpis, pages, visits);
        StringBuilder line = new StringBuilder(String.format("%-64s", "codes not read / codes"));
        for (int missedCodes : codesMissed) {
            line.append(String.format(" %4d/%-4d", missedCodes, codesScanned));
        }
        System.out.println(line);
        System.out.println("codes not read, by ZXing's reason: " + REASONS);
        missed.forEach(m -> System.out.println("  missed: " + m));
        System.out.printf("(%.0f s)%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * A code's place on the page at {@code dpi}, 3 mm around its square, shifted by a fraction of a pixel: the same
     * pixels as that part of the whole page image (unshifted, the page is drawn moved by whole pixels), without
     * rendering all of an A4 at 600 dpi.
     */
    static BufferedImage area(PDFRenderer raster, Box box, float dpi, double shiftX, double shiftY) throws IOException {
        double px = dpi / 25.4;
        int margin = (int) (3 * px);
        int x = Math.max(0, (int) (box.x() * px) - margin);
        int y = Math.max(0, (int) (box.y() * px) - margin);
        int w = (int) (box.w() * px) + 2 * margin;
        int h = (int) (box.h() * px) + 2 * margin;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setBackground(Color.WHITE);
        g.clearRect(0, 0, w, h);
        g.translate(-x + shiftX, -y + shiftY);
        raster.renderPageToGraphics(0, g, dpi / 72f);
        g.dispose();
        return image;
    }

    /** Why ZXing missed codes: NotFound and Format are the finding and sizing of a code, Checksum is error correction running out. */
    private static final Map<String, Integer> REASONS = new TreeMap<>();

    /** The decoded text, or null when ZXing finds no readable code. */
    static String decode(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), HINTS)
                    .getText();
        } catch (ReaderException e) {
            REASONS.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            return null;
        }
    }

    private static void report(Map<String, Tally> byForm, float[] dpis, int pages, int visits) {
        System.out.printf("%n%d visits (households of %s), %d pages, each code decoded once per resolution;%n"
                + "'~': the page shifted by a random 0 to 8 pixels (fractions too), as paper lands on a scanner%n", visits,
                RealisticVisits.SIZES, pages);
        StringBuilder head = new StringBuilder(String.format("%-24s %-15s %-5s %-7s %-9s", "form", "bytes min/max", "codes",
                "version", "module mm"));
        for (float dpi : dpis) {
            head.append(String.format(" %9s %9s", (int) dpi + " dpi", (int) dpi + " ~"));
        }
        System.out.println(head);
        int[] total = new int[2 * dpis.length];
        int maxVersion = 0;
        int mostCodes = 0;
        double minModule = Double.MAX_VALUE;
        for (Map.Entry<String, Tally> e : byForm.entrySet()) {
            Tally t = e.getValue();
            int[] sorted = t.bytes.stream().mapToInt(Integer::intValue).sorted().toArray();
            StringBuilder line = new StringBuilder(String.format("%-24s %-15s %-5s %-7s %-9s", e.getKey(),
                    sorted[0] + "/" + sorted[sorted.length - 1], "≤ " + t.mostCodes, "≤ " + t.maxVersion,
                    String.format("≥ %.3f", t.minModule)));
            for (int r = 0; r < total.length; r++) {
                line.append(String.format(" %4d/%-4d", t.failures[r], sorted.length));
                total[r] += t.failures[r];
            }
            System.out.println(line);
            maxVersion = Math.max(maxVersion, t.maxVersion);
            mostCodes = Math.max(mostCodes, t.mostCodes);
            minModule = Math.min(minModule, t.minModule);
        }
        StringBuilder line = new StringBuilder(String.format("%-24s %-15s %-5s %-7s %-9s", "all forms", "", "≤ " + mostCodes,
                "≤ " + maxVersion, String.format("≥ %.3f", minModule)));
        for (int r = 0; r < total.length; r++) {
            line.append(String.format(" %4d/%-4d", total[r], pages));
        }
        System.out.println(line + "   (failed pages/pages)");
    }

    private static float[] parseDpis(String list) {
        String[] parts = list.split(",");
        float[] dpis = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            dpis[i] = Float.parseFloat(parts[i].trim());
        }
        return dpis;
    }
}
