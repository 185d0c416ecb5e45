package jp.kakanai.server.publicqueue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The public snapshot as published into {@code public_snapshot}: ticket numbers, counters and waits, nothing
 * of the residents behind them; and readable by a database user that may read that table and nothing else,
 * as the public application will run.
 */
class PublicSnapshotOverHttpTest extends ServerHttpTest {
    private static final String COUNTER = "7番窓口";
    private static final List<BasicFourInfo> RESIDENTS = List.of(
            new BasicFourInfo("公開 試験太郎", "北海道札幌市中央区北一条西二丁目3番4号", LocalDate.of(1977, 7, 7), Sex.MALE),
            new BasicFourInfo("掲示 板子", "沖縄県那覇市泉崎一丁目2番3号", LocalDate.of(1991, 11, 23), Sex.FEMALE));

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Environment environment;

    private record Arrival(String visitId, String ticketNumber, String department) {
    }

    @Test
    void theSnapshotHoldsNumbersCountersAndWaitsButNothingOfTheResidents() {
        List<Arrival> arrivals = RESIDENTS.stream().map(this::checkIn).toList();
        Arrival first = arrivals.get(0);
        callUntilCalled(first);

        String ticketPage = http().get("/api/board/tickets/" + first.ticketNumber()).body();
        String board = http().get("/api/board").body();
        String congestion = http().get("/api/congestion").body();
        String published = jdbc.sql("select content from public_snapshot where id = 1").query(String.class).single();

        assertThat(published).contains(first.ticketNumber(), arrivals.get(1).ticketNumber(), COUNTER);
        assertThat(board).contains(first.ticketNumber(), COUNTER);
        assertThat(json(http().get("/api/board/tickets/" + arrivals.get(1).ticketNumber())).get("status").asText())
                .isEqualTo("WAITING");
        for (String answer : List.of(published, ticketPage, board, congestion)) {
            for (int i = 0; i < RESIDENTS.size(); i++) {
                assertThat(answer).doesNotContain(personalDetails(RESIDENTS.get(i), arrivals.get(i)));
            }
        }
    }

    @Test
    void aPublicApplicationReadsTheSnapshotFromThatTableAloneAndAnswersAsTheStaffServerDoes() {
        Arrival first = checkIn(RESIDENTS.get(1));
        callUntilCalled(first);
        jdbc.sql("create user if not exists public_reader password 'public-reader-password'").update();
        jdbc.sql("grant select on public_snapshot to public_reader").update();
        // The open database, without the staff server's settings (only its administrator may set them).
        String url = environment.getRequiredProperty("spring.datasource.url").replaceFirst(";.*", "");
        JdbcClient publicSide = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url,
                "public_reader", "public-reader-password"));
        for (String table : List.of("visit", "queue_open_ticket", "queue_event", "checklist_item")) {
            assertThatThrownBy(() -> publicSide.sql("select count(*) from " + table).query(Integer.class).single())
                    .as(table).isInstanceOf(DataAccessException.class);
        }

        PublicSnapshots readOnly = new PublicSnapshots(new PublicSnapshotTable(publicSide), Optional.empty(),
                new PublicSnapshotSettings(Duration.ofSeconds(1), Duration.ofMinutes(1)), clock);
        JsonNode staffServers = json(http().get("/api/board/tickets/" + first.ticketNumber()));
        PublicViews.TicketStatus fromTheTable = readOnly.current().ticket(first.ticketNumber()).orElseThrow();

        assertThat(fromTheTable.status()).isEqualTo("CALLED").isEqualTo(staffServers.get("status").asText());
        assertThat(fromTheTable.counter()).isEqualTo(COUNTER).isEqualTo(staffServers.get("counter").asText());
        assertThat(fromTheTable.departmentName()).isEqualTo(staffServers.get("departmentName").asText());
        assertThat(readOnly.current().board()).extracting(PublicViews.BoardDepartment::department)
                .containsExactlyElementsOf(json(http().get("/api/board")).findValuesAsText("department"));
    }

    private Arrival checkIn(BasicFourInfo resident) {
        CheckIn checkIn = new CheckIn(resident, "move-in", List.of("seal-registration"));
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String ticket = json(created).get("ticketNumber").asText();
        String department = json(http().get("/api/board/tickets/" + ticket)).get("department").asText();
        return new Arrival(json(created).get("visitId").asText(), ticket, department);
    }

    /** Other tests share this server and may queue at the same department: call until this one is called. */
    private void callUntilCalled(Arrival arrival) {
        for (int calls = 0; !json(http().get("/api/board/tickets/" + arrival.ticketNumber())).get("status").asText()
                .equals("CALLED"); calls++) {
            assertThat(calls).as("called before the queue runs dry").isLessThan(1000);
            var called = http().asClerk().postJson("/api/queue/" + arrival.department() + "/call-next",
                    Map.of("counter", COUNTER));
            assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
        }
    }

    /** The name (whole and each part), the address (whole and its town), the birth date as written anywhere. */
    private static String[] personalDetails(BasicFourInfo resident, Arrival arrival) {
        List<String> details = new ArrayList<>(List.of(resident.name(), resident.address(),
                resident.address().substring(0, 9), resident.birthDate().toString(),
                resident.birthDate().toString().replace("-", ""), resident.birthDate().toString().replace("-", "/"),
                arrival.visitId()));
        details.addAll(List.of(resident.name().split(" ")));
        return details.toArray(String[]::new);
    }
}
