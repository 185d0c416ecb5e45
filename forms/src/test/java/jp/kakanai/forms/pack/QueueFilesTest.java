package jp.kakanai.forms.pack;

import static jp.kakanai.forms.pack.TownPackValidationTest.edited;
import static jp.kakanai.forms.pack.TownPackValidationTest.lineOf;
import static jp.kakanai.forms.pack.TownPackValidationTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import org.junit.jupiter.api.Test;

/**
 * The queue's files of the town pack (the ticket machine's buttons, 来庁予約) are read with the rest of the pack
 * and their mistakes named by file and line like every other file's, so a town finds them offline
 * ({@code forms.jar validate-pack}) before the server's upload would refuse them.
 */
class QueueFilesTest {
    private static final String PURPOSES = QueueFiles.TICKET_PURPOSES;
    private static final String RESERVATIONS = QueueFiles.RESERVATIONS;

    @Test
    void theSampleTownsMachineOffersConsultationCertificatesAndOtherAndItsBookingsFollowItsFile() {
        TownPack pack = TownPack.sample();

        assertThat(pack.ticketPurposes()).extracting(TicketPurpose::id).containsExactly("consultation", "certificate", "other");
        assertThat(pack.reservations().items()).extracting(ReservationSettings.Item::id).contains("move-in", "death", "certificate");
        assertThat(pack.reservations().capacity()).containsEntry("shimin", 3);
        assertThat(pack.reservations().slotTimes()).startsWith(LocalTime.of(8, 30), LocalTime.of(9, 0)).endsWith(LocalTime.of(16, 30));
    }

    @Test
    void aTownsOwnFilesDecideTheButtonsTheBookableItemsAndHowManyPerSlot() {
        Map<String, String> files = new TreeMap<>(DataFiles.sample().all());
        files.put(PURPOSES, """
                {"purposes": [{"id": "pension", "department": "hoken-nenkin",
                  "name": {"ja": "年金", "en": "Pension"}, "hint": {"ja": "年金の手続", "en": "Pension matters"}}]}""");
        files.put(RESERVATIONS, """
                {"slotMinutes": 60, "openingHours": {"from": "09:00", "to": "12:00"}, "openDays": ["TUESDAY"],
                 "bookAheadDays": 7, "arriveEarlyMinutes": 10, "capacity": {"hoken-nenkin": 1},
                 "items": [{"id": "certificate", "kind": "certificate", "department": "hoken-nenkin",
                            "name": {"ja": "証明書", "en": "Certificates"}}]}""");

        TownPack town = TownPackLoader.load(new DataFiles(files));

        assertThat(town.ticketPurposes()).containsExactly(new TicketPurpose("pension", "hoken-nenkin",
                Map.of("ja", "年金", "en", "Pension"), Map.of("ja", "年金の手続", "en", "Pension matters")));
        assertThat(town.reservations().items()).extracting(ReservationSettings.Item::id).containsExactly("certificate");
        assertThat(town.reservations().capacity()).containsExactly(Map.entry("hoken-nenkin", 1));
        assertThat(town.reservations().slotTimes()).containsExactly(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0));
        assertThat(town.reservations().openDays()).containsExactly(DayOfWeek.TUESDAY);
    }

    @Test
    void aPackWithoutQueueFilesGetsTheSampleTowns() {
        Map<String, String> files = new TreeMap<>(DataFiles.sample().all());
        files.remove(PURPOSES);
        files.remove(RESERVATIONS);

        TownPack town = TownPackLoader.load(new DataFiles(files));

        assertThat(town.ticketPurposes()).isEqualTo(TownPack.sample().ticketPurposes());
        assertThat(town.reservations()).isEqualTo(TownPack.sample().reservations());
    }

    @Test
    void everyMistakeOfTheTicketMachinesFileIsNamedOnItsLine() {
        DataFiles files = edited(PURPOSES, t -> t.replace("\"department\": \"shimin\",\n      \"name\": {\"ja\": \"証明書\"",
                "\"department\": \"nenkin\",\n      \"name\": {\"ja\": \"証明書\"").replace("\"id\": \"other\"", "\"id\": \"consultation\"")
                .replace(", \"en\": \"Anything else\"", ""));

        int third = lineOf(files, PURPOSES, "\"id\": \"consultation\",\n      \"department\": \"shimin\",\n      \"name\": {\"ja\": \"その他\"") - 1;
        assertThat(problems(files)).satisfiesExactly(
                p -> assertThat(p.toString()).startsWith(PURPOSES + ":" + lineOf(files, PURPOSES, "\"nenkin\"")
                        + ": department 'nenkin' is no department of departments.json (fukushi, gakumu, hoken-nenkin,"),
                p -> assertThat(p).isEqualTo(new FileProblem(PURPOSES, third, "duplicate purpose id 'consultation' (first at line "
                        + (lineOf(files, PURPOSES, "\"consultation\"") - 1) + ")")),
                p -> assertThat(p).isEqualTo(new FileProblem(PURPOSES,
                        lineOf(files, PURPOSES, "\"hint\": {\"ja\": \"上にないご用件\"}"), "missing 'hint.en'")));
    }

    @Test
    void everyMistakeOfTheReservationFileIsNamedOnItsLine() {
        DataFiles files = edited(RESERVATIONS, t -> t.replace("\"slotMinutes\": 30", "\"slotMinutes\": 25")
                .replace("\"from\": \"08:30\", \"to\": \"17:00\"", "\"from\": \"17:00\", \"to\": \"08:30\"")
                .replace("\"FRIDAY\"", "\"FUNDAY\"").replace("\"kodomo\": 1", "\"kodomo\": 1, \"nowhere\": 1")
                .replace("\"id\": \"marriage\", \"kind\": \"life-event\", \"department\": \"shimin\"",
                        "\"id\": \"marriage\", \"kind\": \"life-event\", \"department\": \"zeimu\"")
                .replace("\"bookAheadDays\": 14", "\"bookAheadDays\": 0"));

        assertThat(problems(files)).extracting(FileProblem::toString).containsExactly(
                RESERVATIONS + ":" + lineOf(files, RESERVATIONS, "\"slotMinutes\"") + ": slotMinutes 25 neither divides an hour nor is whole hours",
                RESERVATIONS + ":" + lineOf(files, RESERVATIONS, "\"openingHours\"") + ": openingHours.from must be before openingHours.to",
                RESERVATIONS + ":" + lineOf(files, RESERVATIONS, "\"openDays\"") + ": openDays: 'FUNDAY' is no day (MONDAY … SUNDAY)",
                RESERVATIONS + ":" + lineOf(files, RESERVATIONS, "\"bookAheadDays\"") + ": bookAheadDays must be from 1 to 92, not 0",
                RESERVATIONS + ":" + lineOf(files, RESERVATIONS, "\"capacity\"") + ": capacity.nowhere names no department of departments.json",
                RESERVATIONS + ":" + lineOf(files, RESERVATIONS, "\"marriage\"") + ": department 'zeimu' takes no reservations (capacity)");
    }

    @Test
    void problemsOfEveryFileComeInOneListByFileAndLine() {
        Map<String, String> files = new TreeMap<>(edited(PURPOSES, t -> t.replace("\"department\": \"shimin\"", "\"department\": \"nenkin\"")).all());
        files.put("procedures.json", files.get("procedures.json").replace("\"forms\": [\"dog-registration-change\"]",
                "\"forms\": [\"dog-register\"]"));
        files.put(RESERVATIONS, files.get(RESERVATIONS).replace("\"bookAheadDays\": 14", "\"bookAheadDays\": 0"));

        assertThat(TownPackLoader.problems(new DataFiles(files))).extracting(FileProblem::file).containsExactly(
                "procedures.json", RESERVATIONS, PURPOSES, PURPOSES, PURPOSES);
        assertThat(TownPackLoader.problems(new DataFiles(files))).filteredOn(p -> p.file().equals(PURPOSES))
                .extracting(FileProblem::line).isSorted();
    }
}
