package jp.kakanai.forms.render;

import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.definition.FormDefinitionReader;

/**
 * Lays out one form with its data as a {@link PageSketch}, like the municipal paper form: title, labelled
 * boxes with shaded captions, the office's box left empty, and the back-office QR codes. One painter per page.
 * A failure names the form and the field: the data's own ({@link FormValues}), or, when the renderer itself
 * fails, the element it was drawing ({@link RenderFailedException}).
 */
final class FormPainter {
    static final double THIN = 0.5;
    static final double FRAME = 0.9;
    static final float LABEL_GRAY = 0.92f;
    private static final double PAD = 1.2;
    private static final String MY_NUMBER = "resident.myNumber";

    private final TextShaper shaper;
    private final FormDefinition form;
    private final FormValues values;
    private final PageSketch page;
    private final List<Placeholder> placeholders;

    /** @param fixed the form's fixed layer when it is known: then only what the data puts on the page is drawn */
    FormPainter(TextShaper shaper, FormDefinition form, FormData data, List<Placeholder> placeholders, Optional<FixedLayer> fixed) {
        this.shaper = shaper;
        this.form = form;
        this.values = new FormValues(form.id(), DerivedDates.addTo(form, data));
        this.placeholders = placeholders;
        this.page = new PageSketch(form.title(), fixed);
    }

    PageSketch paint() {
        Box title = FormDefinitionReader.TITLE_BAND;
        // Only the title is in Mincho, as on printed forms; one face for the rest keeps the PDF small (issue 5 §6).
        caption(form.title(), title, 20, Face.MINCHO, TextFitter.Align.CENTER);
        if (!form.department().isEmpty()) {
            caption(form.department(), new Box(10, title.y(), title.x() - 12, 5), 8, TextFitter.Align.LEFT);
        }
        for (Element element : form.elements()) {
            try {
                paint(element);
            } catch (FormRenderException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RenderFailedException(form.id(), element.source().orElse(null), e);
            }
        }
        values.text("visit.id").ifPresent(id -> values.printed("visit.id"));
        try {
            new BackOfficeCodesPainter(this).paint(
                    new BackOfficeData(BackOfficeData.VERSION, form.id(), values.printedTree()), form.qrCodes());
        } catch (FormRenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderFailedException(form.id(), null, e);
        }
        return page;
    }

    private void paint(Element e) {
        switch (e.kind()) {
            case TEXT, KANA -> labelled(e, () -> value(e, e.source().orElseThrow()));
            case DATE -> labelled(e, () -> {
                String field = e.source().orElseThrow();
                values.wareki(field).ifPresent(d -> {
                    values.printed(field);
                    text(e, field, d);
                });
            });
            case SEX -> labelled(e, () -> sex(e.source().orElseThrow(), e.valueBox().inset(PAD / 2), e.size()));
            case MY_NUMBER -> labelled(e, () -> myNumber(e));
            case BOX -> labelled(e, () -> { });
            case CHECKBOX -> checkbox(e);
            case TABLE -> new TablePainter(this, e).paint();
            case OFFICE -> office(e);
            case LABEL -> caption(e.text(), e.box(), e.size(), TextFitter.Align.LEFT);
            case SECTION -> {
                page.fixed().shade(e.box(), 0.82f);
                page.fixed().frame(e.box(), FRAME);
                caption(e.text(), e.box().inset(0.6).rightOf(1.5), e.size(), TextFitter.Align.LEFT);
            }
        }
    }

    private void labelled(Element e, Runnable drawValue) {
        page.fixed().frame(e.box(), FRAME);
        if (e.labelWidth() > 0) {
            Box cell = e.box().leftPart(e.labelWidth());
            page.fixed().shade(cell, LABEL_GRAY);
            page.fixed().frame(cell, THIN);
            caption(e.label(), cell.inset(0.8), 9, TextFitter.Align.CENTER);
        } else if (!e.label().isEmpty()) {
            caption(e.label(), new Box(e.box().x() + 0.8, e.box().y() + 0.4, e.box().w() - 1.6, 2.6), 6, TextFitter.Align.LEFT);
        }
        drawValue.run();
    }

    private void value(Element e, String field) {
        values.text(field).ifPresent(v -> {
            values.printed(field);
            text(e, field, v);
        });
    }

    private void text(Element e, String field, String shown) {
        fitted(field, shown, padded(e.valueBox()), e.size(), Face.GOTHIC, TextFitter.Align.LEFT);
    }

    Box padded(Box box) {
        return new Box(box.x() + PAD, box.y() + PAD / 2, box.w() - 2 * PAD, box.h() - PAD);
    }

    /** A value of the data fitted into its box (on the filled layer). */
    void fitted(String field, String text, Box box, double size, Face face, TextFitter.Align align) {
        place(page.filled(), field, text, box, size, face, align, placeholders);
    }

    /** The form's own text (captions, headers, notes), the same on every print (on the fixed layer). */
    void caption(String text, Box box, double size, TextFitter.Align align) {
        caption(text, box, size, Face.GOTHIC, align);
    }

    private void caption(String text, Box box, double size, Face face, TextFitter.Align align) {
        if (!page.fixed().discards()) {
            place(page.fixed(), null, text, box, size, face, align, page.fixedPlaceholders());
        }
    }

    /** The form's own words that depend on the data: 事務処理用 2/4, ほか 3 名は別紙に記載. */
    void note(String text, Box box, double size, TextFitter.Align align) {
        place(page.filled(), null, text, box, size, Face.GOTHIC, align, placeholders);
    }

    private void place(PageSketch.Layer layer, String field, String text, Box box, double size, Face face,
                       TextFitter.Align align, List<Placeholder> report) {
        List<Glyph> glyphs = shaper.shape(field == null ? "(form " + form.id() + ")" : field, text, face, report);
        layer.text(TextFitter.fit(glyphs, box, size, align, true).orElseThrow(() -> field == null
                ? new RenderFailedException(form.id(), null, new IllegalStateException("the form's text '" + text
                        + "' does not fit its box even in " + TextFitter.SMALLEST + "-point type"))
                : new ValueDoesNotFitException(form.id(), field, text.codePointCount(0, text.length()))));
    }

    /** 男・女 printed, the resident's circled, as on paper forms. */
    private void sex(String field, Box box, double size) {
        double half = box.w() / 2;
        Box male = new Box(box.x(), box.y(), half - 2, box.h());
        Box female = new Box(box.x() + half + 2, box.y(), half - 2, box.h());
        double s = Math.min(size, box.h() / TextFitter.mm(1) * 0.7);
        caption("男", male, s, TextFitter.Align.CENTER);
        caption("・", new Box(box.x() + half - 2, box.y(), 4, box.h()), s, TextFitter.Align.CENTER);
        caption("女", female, s, TextFitter.Align.CENTER);
        values.sex(field).ifPresent(code -> {
            values.printed(field);
            double d = Math.min(TextFitter.mm(s) * 1.7, Math.min(box.h(), half - 2));
            if (code.equals("1")) {
                page.filled().ellipse(centred(male, d), THIN * 1.5);
            } else if (code.equals("2")) {
                page.filled().ellipse(centred(female, d), THIN * 1.5);
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
            page.fixed().stroke(cells.x() + i * cell, cells.y(), cells.x() + i * cell, cells.bottom(), i % 4 == 0 ? FRAME * 0.8 : THIN);
        }
        String field = e.source().orElseThrow();
        values.myNumber(field).ifPresent(number -> {
            if (!field.equals(MY_NUMBER)) {
                values.printed(field);
            }
            for (int i = 0; i < 12; i++) {
                Box c = new Box(cells.x() + i * cell, cells.y(), cell, cells.h()).inset(0.6);
                fitted(field, number.substring(i, i + 1), c, 12, Face.GOTHIC, TextFitter.Align.CENTER);
            }
        });
    }

    private void checkbox(Element e) {
        Box box = e.box();
        double side = Math.min(3.6, box.h() * 0.8);
        Box square = new Box(box.x() + 0.5, box.y() + (box.h() - side) / 2, side, side);
        page.fixed().frame(square, THIN * 1.4);
        Box captionBox = new Box(square.right() + 1.2, box.y(), box.right() - square.right() - 1.2, box.h());
        caption(e.label(), captionBox, e.size(), TextFitter.Align.LEFT);
        String field = e.source().orElseThrow();
        boolean checked = values.raw(field).map(v -> e.value().map(want -> v instanceof List<?> list
                        ? list.stream().anyMatch(item -> want.equals(String.valueOf(item)))
                        : want.equals(String.valueOf(v)))
                .orElse(Boolean.TRUE.equals(v) || "true".equals(v))).orElse(false);
        if (checked) {
            values.printed(field);
            double x = square.x();
            double y = square.y();
            page.filled().stroke(x + side * 0.18, y + side * 0.52, x + side * 0.42, y + side * 0.8, FRAME * 1.4);
            page.filled().stroke(x + side * 0.42, y + side * 0.8, x + side * 0.85, y + side * 0.2, FRAME * 1.4);
        }
    }

    private void office(Element e) {
        Box box = e.box();
        page.fixed().frame(box, FRAME);
        double header = Math.min(4.5, box.h() / 3);
        Box head = new Box(box.x(), box.y(), box.w(), header);
        page.fixed().shade(head, LABEL_GRAY);
        page.fixed().frame(head, THIN);
        caption(e.label().isEmpty() ? "※ 市区町村記入欄" : e.label(), head.inset(0.5), 8, TextFitter.Align.CENTER);
        List<String> cells = e.cells();
        double w = box.w() / Math.max(1, cells.size());
        for (int i = 0; i < cells.size(); i++) {
            double x = box.x() + i * w;
            if (i > 0) {
                page.fixed().stroke(x, box.y() + header, x, box.bottom(), THIN);
            }
            caption(cells.get(i), new Box(x + 0.6, box.y() + header + 0.4, w - 1.2, 3), 7, TextFitter.Align.CENTER);
        }
    }

    PageSketch page() {
        return page;
    }

    FormValues values() {
        return values;
    }
}
