package jp.kakanai.forms.render;

import java.util.List;
import jp.kakanai.forms.definition.Box;
import jp.kakanai.forms.wareki.WarekiFormatter;

/**
 * Lays out a {@link CoverSheet}: the ticket number very large, the departments numbered in walking order,
 * each with its procedures and the documents to show. Sizes are upper bounds: a long list of documents
 * shrinks (and wraps) inside its box rather than run off the sheet.
 */
final class CoverPainter {
    private static final double LEFT = 10;
    private static final double WIDTH = 190;
    private static final double STOPS_TOP = 90;
    private static final double STOPS_BOTTOM = 272;
    private static final double MAX_STOP_HEIGHT = 46;

    private final TextShaper shaper;
    private final CoverSheet cover;
    private final List<Placeholder> placeholders;
    private final PageSketch page;

    CoverPainter(TextShaper shaper, CoverSheet cover, List<Placeholder> placeholders) {
        this.shaper = shaper;
        this.cover = cover;
        this.placeholders = placeholders;
        this.page = new PageSketch(cover.texts().title());
    }

    PageSketch paint() {
        text("cover.title", page.title(), new Box(LEFT, 10, WIDTH, 12), 24, Face.MINCHO, TextFitter.Align.CENTER);
        text("cover.date", WarekiFormatter.format(cover.date()), new Box(LEFT, 23, WIDTH, 6), 12, Face.GOTHIC,
                TextFitter.Align.CENTER);

        Box ticket = new Box(LEFT, 32, 78, 46);
        page.filled().frame(ticket, FormPainter.FRAME * 2);
        Box ticketLabel = new Box(ticket.x(), ticket.y(), ticket.w(), 9);
        page.filled().shade(ticketLabel, FormPainter.LABEL_GRAY);
        page.filled().frame(ticketLabel, FormPainter.THIN);
        text("cover.ticketLabel", cover.texts().ticketLabel(), ticketLabel.inset(1), 16, Face.GOTHIC, TextFitter.Align.CENTER);
        text("cover.ticketNumber", cover.ticketNumber(), new Box(ticket.x() + 2, ticket.y() + 11, ticket.w() - 4, 33),
                72, Face.GOTHIC, TextFitter.Align.CENTER);

        Box who = new Box(94, 32, 106, 46);
        page.filled().frame(who, FormPainter.FRAME);
        text("cover.residentName", cover.residentName() + " " + cover.texts().honorific(), new Box(who.x() + 3, who.y() + 4, who.w() - 6, 18),
                26, Face.GOTHIC, TextFitter.Align.LEFT);
        text("cover.heading", cover.heading(), new Box(who.x() + 3, who.y() + 24, who.w() - 6, 18), 20, Face.GOTHIC,
                TextFitter.Align.LEFT);

        Box bar = new Box(LEFT, 81, WIDTH, 8);
        page.filled().shade(bar, 0.82f);
        page.filled().frame(bar, FormPainter.FRAME);
        text("cover.route", cover.texts().route(), bar.inset(0.8).rightOf(2), 16, Face.GOTHIC, TextFitter.Align.LEFT);
        stops();
        text("cover.note", cover.texts().note(),
                new Box(LEFT, 276, WIDTH, 10), 13, Face.GOTHIC, TextFitter.Align.LEFT);
        return page;
    }

    private void stops() {
        List<CoverSheet.Stop> stops = cover.stops();
        if (stops.isEmpty()) {
            text("cover.stops", cover.texts().noStops(), new Box(LEFT, STOPS_TOP + 2, WIDTH, 14), 18, Face.GOTHIC,
                    TextFitter.Align.LEFT);
            return;
        }
        double height = Math.min(MAX_STOP_HEIGHT, (STOPS_BOTTOM - STOPS_TOP) / stops.size());
        for (int i = 0; i < stops.size(); i++) {
            stop(i, stops.get(i), new Box(LEFT, STOPS_TOP + i * height, WIDTH, height - 1.5));
        }
    }

    private void stop(int index, CoverSheet.Stop stop, Box box) {
        String field = "cover.stops[" + index + "]";
        page.filled().frame(box, FormPainter.FRAME);
        Box number = box.leftPart(18);
        page.filled().shade(number, FormPainter.LABEL_GRAY);
        page.filled().frame(number, FormPainter.THIN);
        text(field + ".order", Integer.toString(index + 1), number.inset(2), 40, Face.GOTHIC, TextFitter.Align.CENTER);
        Box body = box.rightOf(21);
        double line = body.h() / 3;
        text(field + ".department", stop.department(), new Box(body.x(), body.y() + 0.5, body.w() - 2, line), 22,
                Face.GOTHIC, TextFitter.Align.LEFT);
        text(field + ".procedures", String.join("・", stop.procedures()),
                new Box(body.x(), body.y() + line, body.w() - 2, line), 15, Face.GOTHIC, TextFitter.Align.LEFT);
        String bring = stop.bring().isEmpty() ? cover.texts().bring() + cover.texts().nothingToBring()
                : cover.texts().bring() + String.join("、", stop.bring());
        text(field + ".bring", bring, new Box(body.x(), body.y() + 2 * line, body.w() - 2, line - 0.5), 15,
                Face.GOTHIC, TextFitter.Align.LEFT);
    }

    private void text(String field, String text, Box box, double size, Face face, TextFitter.Align align) {
        page.filled().text(TextFitter.fit(shaper.shape(field, text, face, placeholders), box, size, align, true)
                .orElseThrow(() -> new ValueDoesNotFitException("", field, text.codePointCount(0, text.length()))));
    }
}
