package jp.kakanai.kiosk.qr;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kakanai.forms.homeqr.HomeQrMember;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.text.Redacted;
import jp.kakanai.forms.wareki.WarekiFormatter;

/**
 * The local API's answer to a scan. Read: {@code {"status":"READ","resident":{…},"birthDateWareki":…,
 * "lifeEvent":…,"answers":{…},"household":[…]|null,"expiresAt":…}} and, if the scanner's typing had to be
 * undone, {@code scannerWarning}. Rejected: {@code {"status":"REJECTED","reason":…,"message":{"ja","en"},
 * "detail":…}}. Dates are ISO strings and sex its ISO 5218 code, whatever JSON mapper the app registers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QrAnswer(String status, Resident resident, String birthDateWareki, String lifeEvent,
                       Map<String, String> answers, List<Member> household, String expiresAt,
                       Map<String, String> scannerWarning,
                       String reason, Map<String, String> message, String detail, Map<String, String> reservation) {
    @Override
    public String toString() {
        return Redacted.record(this, "status", "resident", "lifeEvent", "answers", "household", "expiresAt",
                "scannerWarning", "reason", "message", "detail");
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resident(String name, String kana, String address, String birthDate, String sex) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(String relationship, String birthDate, String birthDateWareki, boolean deceased,
                         String name, String kana, String sex) {
        @Override
        public String toString() {
            return Redacted.record(this, "relationship", "deceased");
        }
    }

    public static QrAnswer of(QrOutcome outcome) {
        if (outcome instanceof QrOutcome.Read read) {
            HomeQrPayload p = read.payload();
            return new QrAnswer("READ",
                    new Resident(p.resident().name(), p.kana().orElse(null), p.resident().address(),
                            p.resident().birthDate().toString(), p.resident().sex().iso5218()),
                    WarekiFormatter.format(p.resident().birthDate()), p.lifeEvent(),
                    new TreeMap<>(p.answers().values()),
                    p.household().map(members -> members.stream().map(QrAnswer::member).toList()).orElse(null),
                    p.expiresAt().toString(),
                    read.garbling().map(g -> Map.of("ja", g.ja(), "en", g.en(), "code", g.code())).orElse(null),
                    null, null, null, null);
        }
        QrRejection r = ((QrOutcome.Rejected) outcome).rejection();
        return new QrAnswer("REJECTED", null, null, null, null, null, null, null,
                r.reason().name(), Map.of("ja", r.ja(), "en", r.en()), r.detail(), null);
    }

    /**
     * A reservation code: {@code {"status":"RESERVATION","reservation":{"code","state",…}}}, with the slot
     * ({@code date}, {@code from}, {@code to}, {@code departmentName}) when the server knows the code.
     */
    public static QrAnswer reservation(Map<String, String> reservation) {
        return new QrAnswer("RESERVATION", null, null, null, null, null, null, null, null, null, null, reservation);
    }

    private static Member member(HomeQrMember m) {
        return new Member(m.relationship().id(), m.birthDate().toString(), WarekiFormatter.format(m.birthDate()),
                m.deceased(), m.name().orElse(null), m.kana().orElse(null), m.sex().map(s -> s.iso5218()).orElse(null));
    }
}
