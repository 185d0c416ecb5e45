package jp.kakanai.server.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.visit.Visit;

/** Builds the {@link Confirmation}: each value the way the forms print it (和暦, 男・女, 続柄). */
final class Confirmations {
    private static final String NONE = "（なし）";

    private Confirmations() {
    }

    static Confirmation of(Visit visit, LifeEvent event, Interview interview, ChecklistView checklist,
                           List<InterviewPrint.PrintedForm> forms, List<Confirmation.Flagged> flagged) {
        var r = visit.resident();
        List<Confirmation.Row> resident = List.of(
                new Confirmation.Row("resident.name", "氏名", r.name()),
                new Confirmation.Row("resident.kana", "フリガナ", interview.kana().orElse(NONE)),
                new Confirmation.Row("resident.birthDate", "生年月日", BirthDateText.wareki(r.birthDate())),
                new Confirmation.Row("resident.sex", "性別", sex(r.sex().iso5218())),
                new Confirmation.Row("resident.address", "住所", r.address()),
                new Confirmation.Row("resident.postcode", "郵便番号", interview.postcode().orElse(NONE)),
                new Confirmation.Row("resident.phone", "電話番号", interview.phone().orElse(NONE)));
        List<Confirmation.Row> move = new ArrayList<>();
        if (event.isMove()) {
            move.add(new Confirmation.Row("move.date", "異動日",
                    interview.move().date().map(BirthDateText::wareki).orElse(NONE)));
            String other = interview.move().otherAddress().orElse(NONE);
            if (event.move().orElseThrow().cardHoldsNewAddress()) {
                move.add(new Confirmation.Row("move.previousAddress", "前の住所", other));
            } else {
                move.add(new Confirmation.Row("move.newAddress", "新しい住所", other));
            }
        }
        move.add(new Confirmation.Row("householder.name", "世帯主", interview.householderName().orElse(r.name())));
        List<Confirmation.Person> household = InterviewPrint.people(visit, interview, List.of()).stream()
                .map(p -> new Confirmation.Person(p.name(), p.kana().orElse(NONE), BirthDateText.wareki(p.birthDate()),
                        sex(p.sex()), p.relationship()))
                .toList();
        Map<String, String> departments = checklist.departments().stream()
                .collect(Collectors.toMap(ChecklistView.DepartmentGroup::id, d -> d.name().ja()));
        List<Confirmation.Form> printed = forms.stream().map(f -> new Confirmation.Form(f.formId(), f.title(),
                departments.getOrDefault(f.departmentId(), f.departmentId()))).toList();
        return new Confirmation(visit.id(), visit.ticket().toString(), interview.version(),
                event.displayName().ja() + "のお手続き", resident, List.copyOf(move), household, printed, flagged,
                interview.confirmedAt().map(at -> at.atZone(OfficeClock.ZONE).toOffsetDateTime()));
    }

    private static String sex(String iso5218) {
        return switch (iso5218) {
            case "1" -> "男";
            case "2" -> "女";
            default -> "";
        };
    }
}
