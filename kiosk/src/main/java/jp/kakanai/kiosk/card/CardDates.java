package jp.kakanai.kiosk.card;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;

/** Dates as the cards store them, checked strictly: an unexpected shape is an error naming it. */
final class CardDates {
    private CardDates() {
    }

    /** My Number Card DF24: 8 ASCII digits YYYYMMDD (spec §1, unverified: anything else is an error). */
    static LocalDate gregorian(byte[] raw, String what) throws CardProblem {
        String s = digits(raw, 8, what, "8 digits (YYYYMMDD)");
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw CardProblem.failure("the " + what + " on the card is not a calendar date: " + CardText.raw(raw));
        }
    }

    /**
     * Licence dates (spec §3): 7 ASCII digits, era (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和) then YYMMDD
     * in that era. A date outside its era (昭和64年1月8日) is an error, not a guess.
     */
    static LocalDate wareki(byte[] raw, String what) throws CardProblem {
        String s = digits(raw, 7, what, "7 digits (era + YYMMDD)");
        int era = s.charAt(0) - '0';
        if (era < 1 || era > 5) {
            throw CardProblem.failure("the " + what + " on the card has an unknown era " + era + ": " + CardText.raw(raw));
        }
        try {
            // java.time numbers the eras from 明治 = -1.
            return LocalDate.from(JapaneseDate.of(JapaneseEra.of(era - 2), Integer.parseInt(s.substring(1, 3)),
                    Integer.parseInt(s.substring(3, 5)), Integer.parseInt(s.substring(5, 7))));
        } catch (DateTimeException e) {
            throw CardProblem.failure("the " + what + " on the card is not a date of its era: " + CardText.raw(raw));
        }
    }

    private static String digits(byte[] raw, int n, String what, String shape) throws CardProblem {
        boolean ok = raw.length == n;
        for (byte b : raw) {
            ok &= b >= '0' && b <= '9';
        }
        if (!ok) {
            throw CardProblem.failure("the " + what + " on the card is not " + shape + ": " + CardText.raw(raw));
        }
        return new String(raw, StandardCharsets.US_ASCII);
    }
}
