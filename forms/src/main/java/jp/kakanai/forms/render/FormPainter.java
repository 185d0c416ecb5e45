package jp.kakanai.forms.render;

import com.google.zxing.common.BitMatrix;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.definition.FormDefinitionReader;
import jp.kakanai.forms.wareki.WarekiFormatter;

/**
 * Lays out one form with its data as a {@link PageSketch}, like the municipal paper form: title, labelled
 * boxes with shaded captions, the office's box left empty, and the back-office QR code. One painter per page.
 */
final class FormPainter {
    static final double THIN = 0.5;
    static final double FRAME = 0.9;
    static final float LABEL_GRAY = 0.92f;
    private static final double PAD = 1.2;
    private static final String MY_NUMBER = "resident.myNumber";

    private final TextShaper shaper;
    private final FormDefinition form;
    private final FormData data;
    private final PageSketch page;
    private final List<Placeholder> placeholders;
    private final Map<String, Object> printed = new LinkedHashMap<>();

    FormPainter(TextShaper shaper, FormDefinition form, FormData data, List<Placeholder> placeholders) {
        this.shaper = shaper;
        this.form = form;
        this.data = data;
        this.placeholders = placeholders;
        this.page = new PageSketch(form.title());
    }

    PageSketch paint() {
        Box title = FormDefinitionReader.TITLE_BAND;
        // Only the title is in Mincho, as on printed forms; one face for the rest keeps the PDF small (issue 5 §6).
        caption(form.title(), title, 20, Face.MINCHO, TextFitter.Align.CENTER);
        if (!form.department().isEmpty()) {
            caption(form.department(), new Box(10, title.y(), title.x() - 12, 5), 8, Face.GOTHIC, TextFitter.Align.LEFT);
        }
        for (Element element : form.elements()) {
            paint(element);
        }
        value("visit.id").ifPresent(id -> printed("visit.id"));
        BackOfficeData payload = new BackOfficeData(BackOfficeData.VERSION, form.id(), nested(printed));
        List<Box> places = form.qrCodes();
        List<String> codes = BackOfficeCodes.split(payload, places.size());
        for (int i = 0; i < codes.size(); i++) {
            BitMatrix modules = BackOfficeCodes.modules(codes.get(i));
            Box place = places.get(i);
            page.qr(QrLayout.symbolIn(place, modules.getWidth()), modules, codes.get(i));
            caption(codes.size() == 1 ? "事務処理用" : "事務処理用 " + (i + 1) + "/" + codes.size(),
                    new Box(place.x(), place.bottom() + 0.3, place.w(), FormDefinitionReader.QR_CAPTION - 0.6), 6, Face.GOTHIC,
                    TextFitter.Align.CENTER);
        }
        return page;
    }

    private void paint(Element e) {
        switch (e.kind()) {
            case TEXT, KANA -> labelled(e, () -> value(e, e.source().orElseThrow()));
            case DATE -> labelled(e, () -> date(e.source().orElseThrow()).ifPresent(d -> text(e, d)));
            case SEX -> labelled(e, () -> sex(e.source().orElseThrow(), e.valueBox().inset(PAD / 2), e.size()));
            case MY_NUMBER -> labelled(e, () -> myNumber(e));
            case BOX -> labelled(e, () -> { });
            case CHECKBOX -> checkbox(e);
            case TABLE -> new TablePainter(this, e).paint();
            case OFFICE -> office(e);
            case LABEL -> caption(e.text(), e.box(), e.size(), Face.GOTHIC, TextFitter.Align.LEFT);
            case SECTION -> {
                page.shade(e.box(), 0.82f);
                page.frame(e.box(), FRAME);
                caption(e.text(), e.box().inset(0.6).rightOf(1.5), e.size(), Face.GOTHIC, TextFitter.Align.LEFT);
            }
        }
    }

    private void labelled(Element e, Runnable drawValue) {
        page.frame(e.box(), FRAME);
        if (e.labelWidth() > 0) {
            Box cell = e.box().leftPart(e.labelWidth());
            page.shade(cell, LABEL_GRAY);
            page.frame(cell, THIN);
            caption(e.label(), cell.inset(0.8), 9, Face.GOTHIC, TextFitter.Align.CENTER);
        } else if (!e.label().isEmpty()) {
            caption(e.label(), new Box(e.box().x() + 0.8, e.box().y() + 0.4, e.box().w() - 1.6, 2.6), 6, Face.GOTHIC, TextFitter.Align.LEFT);
        }
        drawValue.run();
    }

    private void value(Element e, String field) {
        value(field).ifPresent(v -> {
            printed(field);
            text(e, field, v);
        });
    }

    private void text(Element e, String shown) {
        text(e, e.source().orElseThrow(), shown);
    }

    private void text(Element e, String field, String shown) {
        fitted(field, shown, padded(e.valueBox()), e.size(), Face.GOTHIC, TextFitter.Align.LEFT, true);
    }

    Box padded(Box box) {
        return new Box(box.x() + PAD, box.y() + PAD / 2, box.w() - 2 * PAD, box.h() - PAD);
    }

    void fitted(String field, String text, Box box, double size, Face face, TextFitter.Align align, boolean wrap) {
        List<Glyph> glyphs = shaper.shape(field, text, face, placeholders);
        page.text(TextFitter.fit(glyphs, box, size, align, wrap));
    }

    /** Printed text of the form itself; its characters are all in IPAex, so no placeholders arise. */
    void caption(String text, Box box, double size, Face face, TextFitter.Align align) {
        fitted("(form " + form.id() + ")", text, box, size, face, align, true);
    }

    Optional<String> value(String field) {
        return data.lookup(field)
                .filter(v -> v instanceof String || v instanceof Number || v instanceof Boolean)
                .map(Object::toString)
                .filter(s -> !s.isBlank());
    }

    Optional<String> date(String field) {
        return value(field).map(iso -> {
            try {
                String wareki = WarekiFormatter.format(LocalDate.parse(iso));
                printed(field);
                return wareki;
            } catch (java.time.DateTimeException e) {
                throw new InvalidFormDataException(field, "'" + iso + "' is not a date (yyyy-MM-dd) of the 和暦 calendar");
            }
        });
    }

    /** 男・女 printed, the resident's circled, as on paper forms. */
    void sex(String field, Box box, double size) {
        double half = box.w() / 2;
        Box male = new Box(box.x(), box.y(), half - 2, box.h());
        Box female = new Box(box.x() + half + 2, box.y(), half - 2, box.h());
        double s = Math.min(size, box.h() / TextFitter.mm(1) * 0.7);
        caption("男", male, s, Face.GOTHIC, TextFitter.Align.CENTER);
        caption("・", new Box(box.x() + half - 2, box.y(), 4, box.h()), s, Face.GOTHIC, TextFitter.Align.CENTER);
        caption("女", female, s, Face.GOTHIC, TextFitter.Align.CENTER);
        value(field).ifPresent(code -> {
            printed(field);
            double d = Math.min(TextFitter.mm(s) * 1.7, Math.min(box.h(), half - 2));
            switch (code) {
                case "1" -> page.ellipse(centred(male, d), THIN * 1.5);
                case "2" -> page.ellipse(centred(female, d), THIN * 1.5);
                case "0", "9" -> { }
                default -> throw new InvalidFormDataException(field, "'" + code + "' is not an ISO 5218 sex code (0, 1, 2, 9)");
            }
        });
    }

    private static Box centred(Box box, double d) {
        return new Box(box.x() + (box.w() - d) / 2, box.y() + (box.h() - d) / 2, d, d);
    }

    private void myNumber(Element e) {
        Box cells = e.valueBox();
        double cell = cells.w() / 12;
        for (int i = 1; i < 12; i++) {
            page.stroke(cells.x() + i * cell, cells.y(), cells.x() + i * cell, cells.bottom(), i % 4 == 0 ? FRAME * 0.8 : THIN);
        }
        String field = e.source().orElseThrow();
        value(field).ifPresent(number -> {
            if (!number.matches("\\d{12}")) {
                throw new InvalidFormDataException(field, "a My Number has exactly 12 digits");
            }
            if (!field.equals(MY_NUMBER)) {
                printed(field);
            }
            for (int i = 0; i < 12; i++) {
                Box c = new Box(cells.x() + i * cell, cells.y(), cell, cells.h()).inset(0.6);
                fitted(field, number.substring(i, i + 1), c, 12, Face.GOTHIC, TextFitter.Align.CENTER, false);
            }
        });
    }

    private void checkbox(Element e) {
        Box box = e.box();
        double side = Math.min(3.6, box.h() * 0.8);
        Box square = new Box(box.x() + 0.5, box.y() + (box.h() - side) / 2, side, side);
        page.frame(square, THIN * 1.4);
        Box captionBox = new Box(square.right() + 1.2, box.y(), box.right() - square.right() - 1.2, box.h());
        caption(e.label(), captionBox, e.size(), Face.GOTHIC, TextFitter.Align.LEFT);
        String field = e.source().orElseThrow();
        Optional<Object> raw = data.lookup(field);
        boolean checked = raw.map(v -> e.value().map(want -> v instanceof List<?> list
                        ? list.stream().anyMatch(item -> want.equals(String.valueOf(item)))
                        : want.equals(String.valueOf(v)))
                .orElse(Boolean.TRUE.equals(v) || "true".equals(v))).orElse(false);
        if (checked) {
            printed(field);
            double x = square.x();
            double y = square.y();
            page.stroke(x + side * 0.18, y + side * 0.52, x + side * 0.42, y + side * 0.8, FRAME * 1.4);
            page.stroke(x + side * 0.42, y + side * 0.8, x + side * 0.85, y + side * 0.2, FRAME * 1.4);
        }
    }

    private void office(Element e) {
        Box box = e.box();
        page.frame(box, FRAME);
        double header = Math.min(4.5, box.h() / 3);
        Box head = new Box(box.x(), box.y(), box.w(), header);
        page.shade(head, LABEL_GRAY);
        page.frame(head, THIN);
        caption(e.label().isEmpty() ? "※ 市区町村記入欄" : e.label(), head.inset(0.5), 8, Face.GOTHIC, TextFitter.Align.CENTER);
        List<String> cells = e.cells();
        double w = box.w() / Math.max(1, cells.size());
        for (int i = 0; i < cells.size(); i++) {
            double x = box.x() + i * w;
            if (i > 0) {
                page.stroke(x, box.y() + header, x, box.bottom(), THIN);
            }
            caption(cells.get(i), new Box(x + 0.6, box.y() + header + 0.4, w - 1.2, 3), 7, Face.GOTHIC, TextFitter.Align.CENTER);
        }
    }

    PageSketch page() {
        return page;
    }

    FormData data() {
        return data;
    }

    /** Puts the field's value, as given in the data, into the QR code. */
    void printed(String field) {
        data.lookup(field).ifPresent(v -> printed.put(field, v));
    }

    private static Map<String, Object> nested(Map<String, Object> flat) {
        Map<String, Object> tree = new LinkedHashMap<>();
        flat.forEach((path, v) -> TreePaths.put(tree, path, v));
        return tree;
    }
}
