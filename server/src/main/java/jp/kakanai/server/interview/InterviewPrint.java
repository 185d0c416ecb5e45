package jp.kakanai.server.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.navigation.Document;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.render.CoverSheet;
import jp.kakanai.forms.render.CoverTexts;
import jp.kakanai.forms.render.FormData;
import jp.kakanai.forms.render.FormDataBuilder;
import jp.kakanai.forms.render.FormPage;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.forms.render.InvalidFormDataException;
import jp.kakanai.forms.render.RenderedForm;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.checklist.ChecklistView;
import jp.kakanai.server.document.VisitForms;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.visit.Visit;
import org.springframework.stereotype.Component;

/**
 * 一括印刷: every form of the visit's checklist in walking order, each filled with the interview's data and
 * listing in its household table the people its procedure concerns (児童手当: the children), after a cover
 * sheet that tells the resident where to go, in which order, and what to show there.
 */
@Component
class InterviewPrint {
    private static final String NOT_NEEDED = "not-needed";
    private final TownPacks packs;

    InterviewPrint(TownPacks packs) {
        this.packs = packs;
    }

    /** One form of the print and the procedure that brought it (whose {@code concerns} fill its table). */
    record PrintedForm(String formId, String title, String departmentId, List<String> concerns) {
    }

    /** The print, recorded with the pack version that made it; {@code myNumber} as for {@link #render}. */
    RenderedForm print(Visit visit, Interview interview, ChecklistView checklist, Optional<String> myNumber,
                       String clerk) {
        RenderedForm rendered = render(visit, interview, checklist, myNumber);
        packs.recordPrint(visit.id(), forms(visit, checklist).stream().map(PrintedForm::formId).toList(),
                packs.forVisit(visit.id()), clerk);
        return rendered;
    }

    /** The print; {@code myNumber} only when the caller decrypted it for forms that have its boxes. */
    RenderedForm render(Visit visit, Interview interview, ChecklistView checklist, Optional<String> myNumber) {
        TownPacks.InForce pack = packs.forVisit(visit.id());
        LifeEvent event = pack.pack().catalog().lifeEventOrThrow(visit.lifeEvent());
        List<FormPage> pages = forms(visit, checklist).stream()
                .map(f -> new FormPage(f.formId(), data(visit, event, interview, checklist, f.concerns(), myNumber))).toList();
        try {
            return pack.renderer().renderVisit(cover(pack.pack(), visit, checklist), pages);
        } catch (InvalidFormDataException e) {
            throw new ApiProblem(422, "The interview's data cannot fill a form: " + e.getMessage(), e.field());
        }
    }

    /** The visit's life event, as its pack version defines it. */
    LifeEvent lifeEventOf(Visit visit) {
        return packs.forVisit(visit.id()).pack().catalog().lifeEventOrThrow(visit.lifeEvent());
    }

    /** Whether a form of the visit's pack version prints the My Number (only then is it decrypted). */
    boolean hasMyNumberBoxes(Visit visit, String formId) {
        return VisitForms.hasMyNumberBoxes(packs.forVisit(visit.id()).renderer(), formId);
    }

    /** The forms to print, in walking order, each once (for the first procedure that needs it). */
    List<PrintedForm> forms(Visit visit, ChecklistView checklist) {
        FormRenderer renderer = packs.forVisit(visit.id()).renderer();
        Map<String, PrintedForm> forms = new LinkedHashMap<>();
        for (ChecklistView.DepartmentGroup department : checklist.departments()) {
            for (ChecklistView.Item item : department.items()) {
                if (NOT_NEEDED.equals(item.status())) {
                    continue;
                }
                item.forms().stream().filter(renderer::hasForm).forEach(id -> forms.putIfAbsent(id, new PrintedForm(id,
                        renderer.definition(id).orElseThrow().title(), department.id(), item.concerns())));
            }
        }
        return List.copyOf(forms.values());
    }

    /** The catalog procedures still to do, in walking order: the queue routes the resident by them. */
    static List<String> procedures(ChecklistView checklist) {
        return checklist.departments().stream().flatMap(d -> d.items().stream())
                .filter(i -> !NOT_NEEDED.equals(i.status()))
                .flatMap(i -> i.procedureId().stream()).toList();
    }

    private static CoverSheet cover(TownPack pack, Visit visit, ChecklistView checklist) {
        CoverTexts texts = pack.coverTexts();
        List<CoverSheet.Stop> stops = new ArrayList<>();
        for (ChecklistView.DepartmentGroup department : checklist.departments()) {
            List<ChecklistView.Item> items = department.items().stream()
                    .filter(i -> !NOT_NEEDED.equals(i.status())).toList();
            if (items.isEmpty()) {
                continue;
            }
            LinkedHashSet<String> bring = new LinkedHashSet<>();
            items.forEach(i -> i.bring().stream().map(Document::text).map(t -> t.ja()).forEach(bring::add));
            stops.add(new CoverSheet.Stop(department.name().ja(), items.stream()
                    .map(i -> i.name().ja() + ("to-confirm".equals(i.certainty()) ? texts.toConfirm() : "")).toList(),
                    List.copyOf(bring)));
        }
        String heading = texts.headingFor(pack.catalog().lifeEvent(visit.lifeEvent()).map(e -> e.displayName().ja()));
        return new CoverSheet(heading, visit.ticket().toString(), visit.resident().name(), visit.visitDate(), stops, texts);
    }

    /** The form data of one page: everything the interview knows, with the household table of {@code concerns}. */
    static FormData data(Visit visit, LifeEvent event, Interview interview, ChecklistView checklist,
                         List<String> concerns, Optional<String> myNumber) {
        FormDataBuilder data = FormDataBuilder.forResident(visit.resident())
                .visit(visit.id(), visit.visitDate(), visit.ticket().toString(), visit.lifeEvent())
                .put("resident.kana", interview.kana().orElse(null))
                .put("resident.postcode", interview.postcode().orElse(null))
                .put("resident.phone", interview.phone().orElse(null))
                .put("householder.name", householder(visit, interview))
                .put(VisitForms.MY_NUMBER, myNumber.orElse(null));
        moveOf(event, visit, interview).forEach(data::put);
        FormAnswers.of(checklist.answers(), interview, checklist.myNumberCardRead())
                .forEach((id, value) -> data.put("answers." + id, value));
        data.impliedAnswers(event.impliedAnswers());
        List<Person> people = people(visit, interview, concerns);
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            String row = "household[" + i + "].";
            data.put(row + "name", p.name()).put(row + "kana", p.kana().orElse(null)).put(row + "birthDate", p.birthDate())
                    .put(row + "sex", p.sex()).put(row + "relationship", p.relationship());
        }
        return data.build();
    }

    /** A row of a household table. */
    record Person(String name, Optional<String> kana, java.time.LocalDate birthDate, String sex, String relationship) {
    }

    /**
     * The people a procedure concerns, as the navigation names them ({@code resident}, {@code household[i]}
     * in the order of the interview's members); everyone when it names nobody (転入届: the whole family moves).
     */
    static List<Person> people(Visit visit, Interview interview, List<String> concerns) {
        List<Person> everyone = new ArrayList<>();
        boolean residentHeads = householder(visit, interview).equals(visit.resident().name());
        everyone.add(new Person(visit.resident().name(), interview.kana(), visit.resident().birthDate(),
                visit.resident().sex().iso5218(), residentHeads ? "世帯主" : "本人"));
        interview.members().forEach(m -> everyone.add(new Person(m.name(), m.kana(), m.birthDate(), m.sex().iso5218(),
                m.relationshipLabel())));
        if (concerns.isEmpty()) {
            return everyone;
        }
        List<Person> concerned = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i++) {
            String ref = i == 0 ? "resident" : "household[" + (i - 1) + "]";
            if (concerns.contains(ref)) {
                concerned.add(everyone.get(i));
            }
        }
        return concerned.isEmpty() ? everyone : concerned;
    }

    private static String householder(Visit visit, Interview interview) {
        return interview.householderName().orElse(visit.resident().name());
    }

    private static Map<String, Object> moveOf(LifeEvent event, Visit visit, Interview interview) {
        Map<String, Object> move = new LinkedHashMap<>();
        Move m = interview.move();
        m.date().ifPresent(d -> move.put("move.date", d));
        String here = visit.resident().address();
        event.move().ifPresent(direction -> {
            if (direction.cardHoldsNewAddress()) {
                move.put("move.newAddress", here);
                m.otherAddress().ifPresent(a -> move.put("move.previousAddress", a));
            } else {
                move.put("move.previousAddress", here);
                m.otherAddress().ifPresent(a -> move.put("move.newAddress", a));
            }
        });
        return move;
    }
}
