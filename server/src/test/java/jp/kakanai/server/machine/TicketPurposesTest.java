package jp.kakanai.server.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kakanai.forms.pack.TicketPurpose;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueProperties;
import org.junit.jupiter.api.Test;

/** The ticket machine's buttons are the town pack's: its own file, or the sample town's when it has none. */
class TicketPurposesTest {
    private final Departments departments = new Departments(new QueueProperties(Map.of(), null, null, null), TownPack.sample());

    @Test
    void theSampleTownOffersConsultationCertificatesAndOther() {
        // the file's rules, line by line: forms' QueueFilesTest
        TicketPurposes purposes = new TicketPurposes(TownPack.sample());
        assertThat(purposes.all()).extracting(TicketPurpose::id).containsExactly("consultation", "certificate", "other");
        assertThat(purposes.all()).allSatisfy(p -> assertThat(departments.exists(p.department())).isTrue());
    }
}
