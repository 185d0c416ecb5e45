package jp.kakanai.server.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.definition.Element;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.household.Kinship;
import jp.kakanai.forms.household.PrintedHousehold;
import jp.kakanai.forms.household.PrintedPerson;
import jp.kakanai.forms.household.TableRole;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.render.FormData;
import jp.kakanai.forms.render.FormDataBuilder;
import jp.kakanai.server.visit.Visit;
import jp.kakanai.server.visit.VisitFacts;

/**
 * A visit as its forms print it, worked out once for every form of the print: the applicant's address (on a
 * move-in the new one, the card's becoming 前住所), the move's addresses and date, the 世帯主 and every person's
 * 続柄 seen from them, and which people each form's table may list ({@link TableRole}, narrowed by the procedure's
 * concerns). Nobody is ever put in a table to fill a row: a person without a known name keeps what is known and
 * an empty name box.
 */
public final class PrintedVisit {
    private final Visit visit;
    private final LifeEvent event;
    private final VisitFacts facts;
    private final Map<String, String> answers;
    private final boolean cardRead;
    private final PrintedHousehold household;
    private final Optional<String> moveKind;

    public PrintedVisit(Visit visit, LifeEvent event, VisitFacts facts, Map<String, String> answers, boolean cardRead) {
        this.visit = visit;
        this.event = event;
        this.facts = facts;
        this.answers = Map.copyOf(answers);
        this.cardRead = cardRead;
        this.household = PrintedHousehold.of(visit.resident(), facts.kana(), facts.household(), facts.householderName());
        this.moveKind = moveKind(event, answers, facts);
    }

    public VisitFacts facts() {
        return facts;
    }

    public PrintedHousehold household() {
        return household;
    }

    /** move-in, move-out or move-within when the visit is (or includes) a move; a marriage may bring one. */
    public Optional<String> moveKind() {
        return moveKind;
    }

    /** The 異動日, and the addresses: the previous one is the resident's own when nobody gave another. */
    public Optional<MoveFacts> move() {
        if (moveKind.isEmpty()) {
            return Optional.empty();
        }
        MoveFacts given = facts.event().move().orElse(MoveFacts.none());
        Address own = Address.text(visit.resident().address());
        return Optional.of(new MoveFacts(given.date(), given.newAddress(), given.previousAddress().or(() -> Optional.of(own))));
    }

    /** Where the applicant lives as the forms say it: after a move-in or 転居 the new address, else their own. */
    public Optional<String> address() {
        if (moveKind.filter(k -> !k.equals("move-out")).isPresent()) {
            return move().flatMap(MoveFacts::newAddress).flatMap(Address::text);
        }
        return Optional.of(visit.resident().address());
    }

    /** The postcode of that address: a town address's from the master; the resident's own as given. */
    public Optional<String> postcode() {
        if (moveKind.filter(k -> !k.equals("move-out")).isPresent()) {
            Optional<Address> moved = move().flatMap(MoveFacts::newAddress);
            boolean own = moved.flatMap(Address::text).filter(visit.resident().address()::equals).isPresent();
            return moved.flatMap(Address::postcode).or(() -> own ? facts.postcode() : Optional.empty());
        }
        return facts.postcode();
    }

    /** The event's date: its own (出生日, 死亡日), else the move's. */
    public Optional<LocalDate> eventDate() {
        return facts.event().effectiveDate();
    }

    /**
     * The form data of one form: everything above, its table's rows for the concerns of the procedure that brought
     * it, and the answers its procedures fix on it.
     */
    public FormData data(FormDefinition form, PrintedForm printed, Optional<String> myNumber) {
        FormDataBuilder data = FormDataBuilder.empty()
                .put("resident.name", visit.resident().name())
                .put("resident.birthDate", visit.resident().birthDate())
                .put("resident.sex", visit.resident().sex())
                .put("resident.address", address().orElse(null))
                .put("resident.kana", facts.kana().orElse(null))
                .put("resident.postcode", postcode().orElse(null))
                .put("resident.phone", facts.phone().orElse(null))
                .put("resident.myNumber", myNumber.orElse(null))
                .put("householder.name", household.householderName().orElse(null))
                .put("event.date", eventDate().orElse(null));
        move().ifPresent(m -> data.put("move.kind", moveKind.get()).put("move.date", m.date().orElse(null))
                .put("move.newAddress", m.newAddress().flatMap(Address::text).orElse(null))
                .put("move.previousAddress", m.previousAddress().flatMap(Address::text).orElse(null)));
        household.deceased().ifPresent(d -> data.put("deceased.name", d.name().orElse(null))
                .put("deceased.birthDate", d.birthDate()).put("deceased.deathDate", facts.event().date().orElse(null))
                .put("deceased.address", visit.resident().address()));
        formAnswers().forEach((id, value) -> data.put("answers." + id, value));
        // After the answers: what the procedures or the life event imply never overrides an answer given, and a
        // procedure's own (未支給年金 ticks 未支給年金) comes before the event's.
        data.impliedAnswers(printed.implied()).impliedAnswers(event.impliedAnswers())
                .visit(visit.id(), visit.visitDate(), visit.ticket().toString(), visit.lifeEvent());
        List<PrintedPerson> rows = rows(form, printed.concerns());
        for (int i = 0; i < rows.size(); i++) {
            PrintedPerson p = rows.get(i);
            String row = "household[" + i + "].";
            data.put(row + "name", p.name().orElse(null)).put(row + "kana", p.kana().orElse(null))
                    .put(row + "birthDate", p.birthDate()).put(row + "sex", p.sex().orElse(null))
                    .put(row + "relationship", p.kinship().orElse(null));
        }
        return data.build();
    }

    /** The people a form's household table lists, as its {@code people} and the procedure's concerns allow. */
    public List<PrintedPerson> rows(FormDefinition form, List<String> concerns) {
        TableRole role = form.elements().stream().filter(e -> e.kind() == ElementKind.TABLE).map(Element::people)
                .findFirst().flatMap(TableRole::byId).orElse(TableRole.EVERYONE);
        return household.rows(role, concerns);
    }

    /**
     * The boxes the visit's facts answer, so the resident does not tick them by hand: the applicant files it, the
     * card box of 住民異動届 from a card read or the card question, the spouse's name from the household, the applicant's
     * 続柄 to the deceased (葬祭費: 妻, 子). What the
     * life event implies (転入 on the 国保 form) the forms library adds.
     */
    private Map<String, Object> formAnswers() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("requester", "self");
        String card = cardRead ? "yes" : answers.get("my-number-card");
        if ("yes".equals(card) || "no".equals(card)) {
            form.put("card-continue", card);
        }
        if (cardRead) {
            form.put("id-document", "mynumber-card");
        }
        household.spouse().flatMap(PrintedPerson::name).ifPresent(name -> form.put("spouse-name", name));
        Kinship.Person me = kinOf(household.applicant());
        household.deceased().flatMap(d -> Kinship.of(me, kinOf(d), me))
                .ifPresent(relation -> form.put("relation-to-deceased", relation));
        return form;
    }

    private static Kinship.Person kinOf(PrintedPerson person) {
        return new Kinship.Person(person.toApplicant(), person.sex(), person.birthDate());
    }

    /**
     * The kind the 住民異動届 ticks (its checkbox values): the event's own move, or the one its answers bring
     * (life-events.json {@code moveOnAnswer}: 婚姻 or 離婚 with 「市内で引っ越す」), or 転居 when the visit was given a
     * move although its event is none (婚姻 joining the spouse's household at another address in the town).
     */
    private static Optional<String> moveKind(LifeEvent event, Map<String, String> answers, VisitFacts facts) {
        Optional<LifeEvent.Move> move = event.moveWith(answers);
        if (move.isPresent()) {
            return Optional.of("move-" + move.get().id());
        }
        return facts.event().move().isPresent() ? Optional.of("move-within") : Optional.empty();
    }
}
