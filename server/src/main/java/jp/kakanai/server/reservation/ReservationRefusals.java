package jp.kakanai.server.reservation;

import java.time.format.DateTimeFormatter;
import jp.kakanai.server.api.ApiProblem;

/**
 * Why a reservation shown at the ticket machine or the card kiosk gives no reserved ticket, as a sentence for
 * the resident (Japanese, then English) naming the field {@code reservation}; {@code wayOn} is what the
 * resident can do instead there (take a ticket with a button; check in without the reservation).
 */
public final class ReservationRefusals {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** What the resident does instead of using the reservation, in Japanese and English. */
    public record WayOn(String ja, String en) {
        public static final WayOn TICKET_BUTTON = new WayOn("ご用件のボタンから番号札をお取りください。",
                "please take a ticket with a button.");
        public static final WayOn WITHOUT_RESERVATION = new WayOn("予約なしで受付してください。",
                "please check in without the reservation.");
    }

    private ReservationRefusals() {
    }

    public static ApiProblem of(Redemption redemption, WayOn wayOn) {
        if (redemption instanceof Redemption.TooEarly early) {
            return refused(early.from().format(TIME) + "からお受けします。 Please come back at "
                    + early.from().format(TIME) + ".");
        }
        if (redemption instanceof Redemption.Late) {
            return refused("予約の時間を過ぎました。" + wayOn.ja() + " Your reserved time has passed: " + wayOn.en());
        }
        if (redemption instanceof Redemption.OtherDay other) {
            return refused("この予約は" + other.day().getMonthValue() + "月" + other.day().getDayOfMonth()
                    + "日です。 This reservation is for " + other.day() + ".");
        }
        if (redemption instanceof Redemption.Ended ended) {
            return ended.reservation().usedAt().isPresent() ? used()
                    : refused("この予約は取り消されています。 This reservation was cancelled.");
        }
        return new ApiProblem(404, "予約番号が見つかりません。 No reservation with this code.", "reservation");
    }

    /** Shown a second time (or by two kiosks at once): the first use keeps it. */
    public static ApiProblem used() {
        return refused("この予約はすでに使われています。 This reservation was already used.");
    }

    /** Booked for another department than the one the chosen procedures start at. */
    public static ApiProblem otherDepartment(String departmentName, WayOn wayOn) {
        return refused("この予約は" + departmentName + "の予約です。" + wayOn.ja() + " This reservation is for "
                + departmentName + ": " + wayOn.en());
    }

    private static ApiProblem refused(String sentence) {
        return new ApiProblem(409, sentence, "reservation");
    }
}
