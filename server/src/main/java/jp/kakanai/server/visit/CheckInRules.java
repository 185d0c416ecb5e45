package jp.kakanai.server.visit;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.MyNumberDigits;
import jp.kakanai.forms.text.TextProblem;

/**
 * What a check-in must satisfy before anything is stored. Each broken rule is reported with the JSON
 * path of its field, so the kiosk can point the resident at the one thing to fix.
 */
public class CheckInRules implements ConstraintValidator<ValidCheckIn, CheckIn> {
    /** Longest name or address accepted (code points); a 住民票 address line is far shorter. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_PROCEDURES = 30;
    /** 和暦 needs a date from Meiji 6 on, when Japan adopted the Gregorian calendar. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1873, 1, 1);
    /** A life event is an id of the town pack's life-events.json; which ids exist is checked at check-in. */
    private static final Pattern LIFE_EVENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PROCEDURE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Override
    public boolean isValid(CheckIn checkIn, ConstraintValidatorContext context) {
        if (checkIn == null) {
            return reject(context, "resident", "The request body is empty.");
        }
        var resident = checkIn.resident();
        if (resident == null) {
            return reject(context, "resident", "This field is required.");
        }
        String textProblem = textProblem(resident.name());
        if (textProblem != null) {
            return reject(context, "resident.name", textProblem);
        }
        textProblem = textProblem(resident.address());
        if (textProblem != null) {
            return reject(context, "resident.address", textProblem);
        }
        // "In the future" is checked by CheckInService against the server's clock, which tests move.
        if (resident.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            return reject(context, "resident.birthDate", "The birth date is before " + EARLIEST_BIRTH_DATE + ".");
        }
        if (checkIn.lifeEvent() == null || checkIn.lifeEvent().length() > 40
                || !LIFE_EVENT_ID.matcher(checkIn.lifeEvent()).matches()) {
            return reject(context, "lifeEvent", "Life event must be the id of one of the town's life events, e.g. move-in.");
        }
        var myNumberProblem = checkIn.myNumber().flatMap(MyNumberDigits::problemWith);
        if (myNumberProblem.isPresent()) {
            // The sentence never repeats the digits: the answer and the log stay free of the number.
            return reject(context, "myNumber", myNumberProblem.get());
        }
        return proceduresValid(checkIn.procedures(), context);
    }

    private static boolean proceduresValid(List<String> procedures, ConstraintValidatorContext context) {
        if (procedures.size() > MAX_PROCEDURES) {
            return reject(context, "procedures", "At most " + MAX_PROCEDURES + " procedures per visit.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < procedures.size(); i++) {
            String id = procedures.get(i);
            if (id == null || !PROCEDURE_ID.matcher(id).matches()) {
                return reject(context, "procedures[" + i + "]", "Not a procedure id (lower-case letters, digits, '-').");
            }
            if (!seen.add(id)) {
                return reject(context, "procedures[" + i + "]", "Procedure '" + id + "' is listed twice.");
            }
        }
        return true;
    }

    /** Code points, as people count characters; the columns hold them (V151). */
    private static String textProblem(String text) {
        return TextProblem.ofName(text, MAX_TEXT).orElse(null);
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    /** Messages are templates: braces and dollars from user input must not be interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
