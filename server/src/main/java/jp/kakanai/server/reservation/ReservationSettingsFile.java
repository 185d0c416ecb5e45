package jp.kakanai.server.reservation;

import jp.kakanai.server.townpack.TownPacks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code queue/reservations.json} of the town pack version in force, again when a manager switches versions. The
 * file is read and checked with the rest of the pack (forms' {@code QueueFiles}): a broken one stops the start-up
 * or refuses the upload naming file and line, and {@code forms.jar validate-pack} finds it offline.
 */
@Configuration
public class ReservationSettingsFile {

    @Bean
    ReservationSettingsInForce reservationSettings(TownPacks packs) {
        return new ReservationSettingsInForce(() -> packs.current().pack().reservations());
    }
}
