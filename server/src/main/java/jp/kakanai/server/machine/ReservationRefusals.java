package jp.kakanai.server.machine;

import java.time.format.DateTimeFormatter;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.reservation.Redemption;

/** Why a reservation shown at the machine gives no reserved ticket, as a sentence for the resident. */
final class ReservationRefusals {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private ReservationRefusals() {
    }

    static ApiProblem of(Redemption redemption) {
        if (redemption instanceof Redemption.TooEarly early) {
            return new ApiProblem(409, early.from().format(TIME) + "からお受けします。 Please come back at "
                    + early.from().format(TIME) + ".", "reservation");
        }
        if (redemption instanceof Redemption.Late) {
            return new ApiProblem(409, "予約の時間を過ぎました。ご用件のボタンから番号札をお取りください。"
                    + " Your reserved time has passed: please take a ticket with a button.", "reservation");
        }
        if (redemption instanceof Redemption.OtherDay other) {
            return new ApiProblem(409, "この予約は" + other.day().getMonthValue() + "月" + other.day().getDayOfMonth()
                    + "日です。 This reservation is for " + other.day() + ".", "reservation");
        }
        if (redemption instanceof Redemption.Ended) {
            return new ApiProblem(409, "この予約は取り消されています。 This reservation was cancelled.", "reservation");
        }
        return new ApiProblem(404, "予約番号が見つかりません。 No reservation with this code.", "reservation");
    }
}
