package jp.kakanai.server.machine;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kakanai.forms.pack.TicketPurpose;
import jp.kakanai.forms.pack.TownPack;
import org.junit.jupiter.api.Test;

/** The ticket machine's buttons are the town pack's (the file's rules: forms' {@code QueueFilesTest}). */
class TicketPurposesTest {

    @Test
    void theSampleTownOffersConsultationCertificatesAndOther() {
        assertThat(new TicketPurposes(TownPack.sample()).all()).extracting(TicketPurpose::id)
                .containsExactly("consultation", "certificate", "other");
    }
}
