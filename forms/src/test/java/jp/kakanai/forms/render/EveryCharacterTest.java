package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.forms.definition.FormCatalog;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16: every character of the 常用漢字, the 人名用漢字 and JIS X 0213 planes 1–2 is printed by some font or
 * reported as 〓 with its field, never an exception; the text read back is the input; and each character drawn is
 * its font's own glyph for it, as fontbox's reading of the installed font file finds it. 576 characters per page
 * (16 boxes of 36) in one print, so a set of 11,000 characters is one render of 20 pages.
 */
class EveryCharacterTest {
    private static final int PER_BOX = 36;
    private static final int BOXES = 16;
    private static final FormRenderer renderer = FormRenderer.create(FontSettings.debianDefaults(), FormCatalog.of(Map.of(
            "repertoire.json", repertoireForm())));

    static List<Arguments> repertoires() {
        return List.of(new Arguments("常用漢字", Repertoires.joyoKanji(), 2136),
                new Arguments("人名用漢字", Repertoires.jinmeiyoKanji(), 863),
                new Arguments("JIS X 0213 planes 1-2", Repertoires.jisX0213(), 11_000));
    }

    record Arguments(String name, List<String> characters, int atLeast) {
        @Override
        public String toString() {
            return name + " (" + characters.size() + " characters)";
        }
    }

    @ParameterizedTest
    @MethodSource("repertoires")
    void everyCharacterIsDrawnByAFontOrReportedAndReadsBack(Arguments set) {
        assertThat(set.characters()).hasSizeGreaterThanOrEqualTo(set.atLeast());
        List<FormPage> pages = new ArrayList<>();
        List<List<String>> boxes = new ArrayList<>();
        for (int start = 0; start < set.characters().size(); start += PER_BOX * BOXES) {
            FormDataBuilder data = FormDataBuilder.empty();
            for (int box = 0; box < BOXES && start + box * PER_BOX < set.characters().size(); box++) {
                int from = start + box * PER_BOX;
                List<String> line = set.characters().subList(from, Math.min(set.characters().size(), from + PER_BOX));
                data.put("answers.line-" + box, String.join("", line));
                boxes.add(line);
            }
            pages.add(new FormPage("repertoire", data.build()));
        }

        RenderedForm print = renderer.renderPages(pages);

        Set<String> reported = print.placeholders().stream().map(Placeholder::sequence).collect(Collectors.toSet());
        String text = PdfProbe.text(print.pdf());
        Set<String> lines = new LinkedHashSet<>(text.lines().toList());
        List<String> mismatches = new ArrayList<>();
        for (List<String> box : boxes) {
            String expected = box.stream().map(c -> reported.contains(c) ? "〓" : c).collect(Collectors.joining());
            if (!lines.contains(expected)) {
                mismatches.add(expected);
            }
        }
        assertThat(mismatches).as("boxes of %s that do not read back", set.name()).isEmpty();
        assertThat(reported).as("reported characters are characters of the set").isSubsetOf(set.characters());
        List<String> wrongGlyphs = PdfProbe.glyphs(print.pdf()).stream()
                .filter(g -> g.text().codePointCount(0, g.text().length()) == 1 && !g.text().equals("〓"))
                .filter(g -> !isTheFontsGlyph(g)).map(PdfProbe.DrawnGlyph::text).limit(20).toList();
        assertThat(wrongGlyphs).as("characters not drawn with their font's own glyph").isEmpty();
        System.out.printf("%s: %d characters, %d reported as 〓 (%s), %d pages, %d KB%n", set.name(), set.characters().size(),
                reported.size(), reported.stream().limit(12).collect(Collectors.joining(" ")), pages.size(), print.pdf().length / 1024);
    }

    private static boolean isTheFontsGlyph(PdfProbe.DrawnGlyph drawn) {
        Path file = fontFile(drawn.fontName());
        int cp = drawn.text().codePointAt(0);
        int gid = cmap(file).getGlyphId(cp);
        return gid > 0 && FontOutlines.segments(drawn.outline()).equals(FontOutlines.segments(FontOutlines.of(file, gid)));
    }

    private static Path fontFile(String subsetName) {
        FontSettings fonts = FontSettings.debianDefaults();
        String name = subsetName.substring(subsetName.indexOf('+') + 1);
        return switch (name) {
            case "IPAexGothic" -> fonts.ipaexGothic();
            case "IPAexMincho" -> fonts.ipaexMincho();
            case "IPAmjMincho" -> fonts.ipamjMincho();
            default -> throw new IllegalStateException("unexpected font " + subsetName);
        };
    }

    private static final Map<Path, CmapLookup> CMAPS = new java.util.concurrent.ConcurrentHashMap<>();

    private static CmapLookup cmap(Path file) {
        return CMAPS.computeIfAbsent(file, f -> {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()));
                return ttf.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String repertoireForm() {
        StringBuilder elements = new StringBuilder();
        for (int box = 0; box < BOXES; box++) {
            elements.append(box == 0 ? "" : ",\n").append(String.format(java.util.Locale.ROOT,
                    "{ \"kind\": \"text\", \"labelWidth\": 0, \"source\": \"answers.line-%d\", \"x\": 10, \"y\": %d, \"w\": 190, \"h\": 10 }",
                    box, 40 + 10 * box));
        }
        return "{ \"schema\": 1, \"id\": \"repertoire\", \"title\": \"文字の試験\", \"department\": \"試験\",\n"
                + "\"qr\": { \"size\": 33.5, \"across\": 2, \"down\": 2 },\n\"elements\": [\n" + elements + "\n] }";
    }
}
