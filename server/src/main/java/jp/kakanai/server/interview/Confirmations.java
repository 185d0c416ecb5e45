package jp.kakanai.server.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.document.PrintedForm;
import jp.kakanai.server.document.PrintedVisit;
import jp.kakanai.server.document.VisitPrint;
import jp.kakanai.server.visit.Visit;

/** Builds the {@link Confirmation}: each value the way the forms print it (和暦, 男・女, 続柄 seen from the 世帯主). */
final class Confirmations {
    private static final String NONE = "（なし）";
    private static final String UNKNOWN = "（未記入）";

    private Confirmations() {
    }

    static Confirmation of(Visit visit, LifeEvent event, Interview interview, ChecklistView checklist,
                           PrintedVisit printed, List<PrintedForm> forms, List<Confirmation.Flagged> flagged,
                           List<VisitPrint.BlankBox> blanks) {
        var r = visit.resident();
        var facts = printed.facts();
        List<Confirmation.Row> resident = List.of(
                new Confirmation.Row("resident.name", "氏名", r.name()),
                new Confirmation.Row("resident.kana", "フリガナ", facts.kana().orElse(NONE)),
                new Confirmation.Row("resident.birthDate", "生年月日", BirthDateText.wareki(r.birthDate())),
                new Confirmation.Row("resident.sex", "性別", sex(r.sex())),
                new Confirmation.Row("resident.address", "住所", printed.address().orElse(UNKNOWN)),
                new Confirmation.Row("resident.postcode", "郵便番号", printed.postcode().orElse(NONE)),
                new Confirmation.Row("resident.phone", "電話番号", facts.phone().orElse(NONE)));
        List<Confirmation.Row> move = new ArrayList<>();
        printed.move().ifPresent(m -> {
            move.add(new Confirmation.Row("move.date", "異動日", m.date().map(BirthDateText::wareki).orElse(UNKNOWN)));
            move.add(new Confirmation.Row("move.newAddress", "新しい住所",
                    m.newAddress().flatMap(Address::text).orElse(UNKNOWN)));
            move.add(new Confirmation.Row("move.previousAddress", "前の住所",
                    m.previousAddress().flatMap(Address::text).orElse(UNKNOWN)));
        });
        printed.eventDate().filter(d -> printed.move().flatMap(MoveFacts::date).isEmpty())
                .ifPresent(d -> move.add(new Confirmation.Row("event.date", "日付", BirthDateText.wareki(d))));
        move.add(new Confirmation.Row("householder.name", "世帯主", printed.household().householderName().orElse(UNKNOWN)));
        List<Confirmation.Person> household = printed.household().people().stream()
                .map(p -> new Confirmation.Person(p.name().orElse(UNKNOWN), p.kana().orElse(NONE),
                        BirthDateText.wareki(p.birthDate()), p.sex().map(Confirmations::sex).orElse(""),
                        p.kinship().orElse(UNKNOWN) + (p.deceased() ? "（死亡）" : "")))
                .toList();
        Map<String, String> departments = checklist.departments().stream()
                .collect(Collectors.toMap(ChecklistView.DepartmentGroup::id, d -> d.name().ja()));
        List<Confirmation.Form> printedForms = forms.stream().map(f -> new Confirmation.Form(f.formId(), f.title(),
                departments.getOrDefault(f.departmentId(), f.departmentId()))).toList();
        return new Confirmation(visit.id(), visit.ticket().toString(), interview.version(),
                event.displayName().ja() + "のお手続き", resident, List.copyOf(move), household, printedForms, flagged,
                blanks.stream().map(b -> new Confirmation.Blank(b.formId(), b.title(), b.field(), b.label())).toList(),
                interview.confirmedAt().map(at -> at.atZone(OfficeClock.ZONE).toOffsetDateTime()),
                interview.blankBoxes());
    }

    private static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "男";
            case FEMALE -> "女";
            default -> "";
        };
    }
}
