package jp.kakanai.server.queue;

import java.util.List;

/**
 * The report as CSV for a spreadsheet: one line per figure group, durations in seconds, with a UTF-8
 * byte-order mark so that Excel opens the Japanese names correctly.
 */
final class ReportCsv {
    private ReportCsv() {
    }

    static String of(WaitingTimeReport r) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("section,group,name,count,median_s,p90_s,max_s,mean_s,within_target\n");
        line(csv, "waiting", "all", "", r.waiting());
        groups(csv, "waiting", r.waitingByDepartment());
        line(csv, "between_departments", "all", "", r.betweenDepartments());
        groups(csv, "between_departments", r.betweenDepartmentsByDepartment());
        groups(csv, "service", r.serviceByProcedure());
        line(csv, "visit_time", "all", "", r.visitTime());
        r.byHour().forEach(s -> line(csv, "waiting_by_hour", String.valueOf(s.slot()), s.arrivals() + " arrivals", s.waiting()));
        r.byWeekday().forEach(s -> line(csv, "waiting_by_weekday", String.valueOf(s.slot()), s.arrivals() + " arrivals", s.waiting()));
        csv.append("summary,period,").append(r.from()).append(" to ").append(r.to())
                .append(",").append(r.arrivals()).append(",,,,,\n");
        csv.append("summary,no_shows,,").append(r.noShows()).append(",,,,,").append(r.noShowRate()).append('\n');
        csv.append("summary,target_s,,").append(r.targetSeconds()).append(",,,,,\n");
        return csv.toString();
    }

    private static void groups(StringBuilder csv, String section, List<WaitingTimeReport.Group> groups) {
        groups.forEach(g -> line(csv, section, g.id(), g.name(), g.stats()));
    }

    private static void line(StringBuilder csv, String section, String group, String name, DurationStats s) {
        csv.append(section).append(',').append(quote(group)).append(',').append(quote(name)).append(',')
                .append(s.count()).append(',').append(s.medianSeconds()).append(',').append(s.p90Seconds()).append(',')
                .append(s.maxSeconds()).append(',').append(s.meanSeconds()).append(',')
                .append(String.format("%.4f", s.withinTarget())).append('\n');
    }

    private static String quote(String text) {
        return text.matches("[^,\"\\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
