package jp.kakanai.forms.definition;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The keys of the form data tree that definitions may name as a source (shared ids of the project):
 * {@code resident.*}, {@code household[i].*}, {@code householder.name}, {@code visit.*}, {@code move.*}
 * ({@code move.kind}: move-in, move-out or move-within, also for a marriage with a move), {@code event.date} (the
 * event's own date: 異動日, 出生日, 死亡日), {@code deceased.*} and the navigation answers {@code answers.<question-id>}; besides these, a form's own
 * derived dates {@code derived.<id>} ({@link DerivedDate}).
 */
public final class DataKeys {
    private static final Set<String> FIXED = Set.of(
            "resident.name", "resident.kana", "resident.address", "resident.postcode", "resident.birthDate",
            "resident.sex", "resident.phone", "resident.myNumber",
            "householder.name",
            "visit.id", "visit.date", "visit.ticketNumber", "visit.lifeEvent",
            "move.date", "move.previousAddress", "move.newAddress", "move.kind", "event.date",
            "deceased.name", "deceased.birthDate", "deceased.deathDate", "deceased.address");
    private static final Set<String> LISTS = Set.of("household");
    private static final Set<String> HOUSEHOLD_ITEM = Set.of("name", "kana", "birthDate", "sex", "relationship");
    private static final Pattern ANSWER = Pattern.compile("answers\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern HOUSEHOLD_MEMBER = Pattern.compile("household\\[\\d+]\\.([A-Za-z]+)");

    private DataKeys() {
    }

    /** A single value such as {@code resident.name}, {@code household[0].kana} or {@code answers.copies}. */
    public static boolean isValue(String path) {
        if (FIXED.contains(path) || ANSWER.matcher(path).matches()) {
            return true;
        }
        var member = HOUSEHOLD_MEMBER.matcher(path);
        return member.matches() && HOUSEHOLD_ITEM.contains(member.group(1));
    }

    /** A single value that is a date ({@code move.date}, {@code deceased.deathDate}, {@code household[1].birthDate}). */
    public static boolean isDate(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return isValue(path) && !path.startsWith("answers.") && (last.equals("date") || last.endsWith("Date"));
    }

    static String describeDates() {
        return "visit.date, move.date, event.date, resident.birthDate, household[i].birthDate, deceased.birthDate, "
                + "deceased.deathDate";
    }

    /** A list that a table shows one row per item of. */
    public static boolean isList(String path) {
        return LISTS.contains(path);
    }

    public static boolean isListItemKey(String key) {
        return HOUSEHOLD_ITEM.contains(key);
    }

    static String describeValues() {
        return "resident.{name,kana,address,postcode,birthDate,sex,phone,myNumber}, household[i].{name,kana,"
                + "birthDate,sex,relationship}, householder.name, visit.{id,date,ticketNumber,lifeEvent}, "
                + "move.{date,previousAddress,newAddress,kind}, event.date, deceased.{name,birthDate,deathDate,address}, "
                + "answers.<question-id>";
    }
}
