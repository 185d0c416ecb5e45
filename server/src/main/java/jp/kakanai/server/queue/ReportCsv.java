package jp.kakanai.server.queue;

import java.util.Locale;

/**
 * The report as CSV for a spreadsheet: one line per figure, durations in seconds, names in Japanese under
 * an English header, with a UTF-8 byte-order mark so that Excel opens the Japanese names correctly.
 */
final class ReportCsv {
    static final String HEADER = "section,department_id,department,group_id,group,count,median_s,p90_s,max_s,mean_s,"
            + "within_target,rate";
    private final StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append('\n');

    private ReportCsv() {
    }

    static String of(WaitingTimeReport r) {
        ReportCsv out = new ReportCsv();
        out.count("summary", "", "", "period", r.from() + " to " + r.to(), r.arrivals(), "");
        out.count("summary", "", "", "arrivals", "来庁者数", r.arrivals(), "");
        out.count("summary", "", "", "reserved_arrivals", "予約あり", r.reservedArrivals(), "");
        out.count("summary", "", "", "abandoned", "呼出前に離脱", r.abandoned(), rate(r.abandonmentRate()));
        out.count("summary", "", "", "no_shows", "呼出に不在", r.noShows(), rate(r.noShowRate()));
        out.count("summary", "", "", "no_shows_gone", "不在のまま", r.noShowsGone(), "");
        out.count("summary", "", "", "served", "対応数", r.served(), "");
        out.count("summary", "", "", "closed_at_day_end", "閉庁時に未対応", r.closedAtDayEnd(), "");
        out.count("summary", "", "", "target_s", "目標", r.targetSeconds(), "");
        out.stats("waiting", "", "", "all", "待ち時間", r.waiting());
        r.waitingByEntry().forEach(e -> out.stats("waiting", "", "", e.entry().name(), e.name(), e.waiting()));
        out.stats("transaction", "", "", "all", "対応時間", r.transaction());
        out.stats("visit_time", "", "", "all", "庁内の滞在", r.visitTime());
        for (var d : r.departments()) {
            out.stats("department_waiting", d.id(), d.name(), "all", "待ち時間", d.waiting());
            d.waitingByEntry().forEach(e -> out.stats("department_waiting", d.id(), d.name(), e.entry().name(), e.name(),
                    e.waiting()));
            out.count("department_entered", d.id(), d.name(), "entered", "受付", d.entered(), "");
            out.count("department_abandoned", d.id(), d.name(), "abandoned", "呼出前に離脱", d.abandoned(),
                    rate(d.abandonmentRate()));
            out.count("department_no_shows", d.id(), d.name(), "no_shows", "呼出に不在", d.noShows(), rate(d.noShowRate()));
            out.stats("department_transaction", d.id(), d.name(), "all", "対応時間", d.transaction());
        }
        r.counters().forEach(c -> out.stats("counter_transaction", c.department(), c.departmentName(), c.counter(),
                c.counter(), c.transaction()));
        r.serviceByProcedure().forEach(g -> out.stats("service", "", "", g.id(), g.name(), g.stats()));
        r.byHour().forEach(s -> out.stats("waiting_by_hour", "", "", String.valueOf(s.slot()), s.arrivals() + " tickets",
                s.waiting()));
        r.byWeekday().forEach(s -> out.stats("waiting_by_weekday", "", "", String.valueOf(s.slot()),
                s.arrivals() + " tickets", s.waiting()));
        return out.csv.toString();
    }

    private void stats(String section, String departmentId, String department, String groupId, String group,
                       DurationStats s) {
        start(section, departmentId, department, groupId, group).append(s.count()).append(',').append(s.medianSeconds())
                .append(',').append(s.p90Seconds()).append(',').append(s.maxSeconds()).append(',')
                .append(s.meanSeconds()).append(',').append(String.format(Locale.ROOT, "%.4f", s.withinTarget()))
                .append(",\n");
    }

    private void count(String section, String departmentId, String department, String groupId, String group,
                       long count, String rate) {
        start(section, departmentId, department, groupId, group).append(count).append(",,,,,,").append(rate).append('\n');
    }

    private StringBuilder start(String section, String departmentId, String department, String groupId, String group) {
        return csv.append(section).append(',').append(quote(departmentId)).append(',').append(quote(department))
                .append(',').append(quote(groupId)).append(',').append(quote(group)).append(',');
    }

    private static String rate(double rate) {
        return String.format(Locale.ROOT, "%.4f", rate);
    }

    /** Quoted where needed; a leading = + - @ is defused, so a counter's name cannot run as a formula. */
    private static String quote(String text) {
        String safe = text.matches("[=+\\-@].*") ? "'" + text : text;
        return safe.matches("[^,\"\\n\\r]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
