package jp.kakanai.server.machine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueProperties;
import org.junit.jupiter.api.Test;

/** The ticket machine's buttons are the town pack's: its own file, or the sample town's when it has none. */
class TicketPurposesTest {
    private final Departments departments = new Departments(new QueueProperties(Map.of(), null, null, null), TownPack.sample());

    @Test
    void theSampleTownOffersConsultationCertificatesAndOther() {
        assertThat(new TicketPurposes(departments, TownPack.sample()).all()).extracting(TicketPurpose::id)
                .containsExactly("consultation", "certificate", "other");
    }

    @Test
    void aTownPacksOwnFileDecidesTheButtonsAndTheirDepartments() {
        var own = new DataFiles(Map.of(TicketPurposes.FILE, """
                {"purposes": [{"id": "pension", "department": "hoken-nenkin",
                  "name": {"ja": "年金", "en": "Pension"}, "hint": {"ja": "年金の手続", "en": "Pension matters"}}]}"""));

        var purposes = new TicketPurposes(departments, own);

        assertThat(purposes.all()).containsExactly(new TicketPurpose("pension", "hoken-nenkin",
                Map.of("ja", "年金", "en", "Pension"), Map.of("ja", "年金の手続", "en", "Pension matters")));
    }

    @Test
    void aTownPacksFileNamingAnUnknownDepartmentStopsTheStartNamingTheField() {
        var own = new DataFiles(Map.of(TicketPurposes.FILE, """
                {"purposes": [{"id": "pension", "department": "nenkin",
                  "name": {"ja": "年金", "en": "Pension"}, "hint": {"ja": "年金の手続"}}]}"""));

        assertThatThrownBy(() -> new TicketPurposes(departments, own)).hasMessageContaining("queue/ticket-purposes.json")
                .hasMessageContaining("purposes[0].department 'nenkin'").hasMessageContaining("purposes[0].hint.en");
    }
}
