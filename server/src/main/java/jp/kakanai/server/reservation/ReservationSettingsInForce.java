package jp.kakanai.server.reservation;

import jp.kakanai.forms.pack.ReservationSettings;
import java.util.function.Supplier;

/**
 * The reservation settings of the town pack version in force: read with each request, so a version a manager
 * switches in decides what can be booked from the next request on, on every server.
 */
public final class ReservationSettingsInForce {
    private final Supplier<ReservationSettings> reading;

    ReservationSettingsInForce(Supplier<ReservationSettings> reading) {
        this.reading = reading;
    }

    /** One pack's settings, whatever is in force (tests, tools). */
    public static ReservationSettingsInForce fixed(ReservationSettings settings) {
        return new ReservationSettingsInForce(() -> settings);
    }

    public ReservationSettings get() {
        return reading.get();
    }
}
