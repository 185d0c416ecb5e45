package jp.kakanai.server.navigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Household;
import jp.kakanai.forms.navigation.HouseholdMember;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.navigation.Question;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.stereotype.Component;

/**
 * Checks navigation input from kiosks and clerks and turns it into the navigator's types. Every refusal
 * names the JSON field, so a kiosk can point at the one thing to fix.
 */
@Component
public class NavigationInput {
    static final int MAX_HOUSEHOLD = 20;
    /** 和暦 starts with the Gregorian calendar in Meiji 6; nobody on a card was born earlier. */
    private static final LocalDate EARLIEST = LocalDate.of(1873, 1, 1);
    private final TownPacks packs;

    public NavigationInput(TownPacks packs) {
        this.packs = packs;
    }

    /** The catalog of the town pack version in force, which new input is checked against. */
    public ProcedureCatalog catalog() {
        return packs.current().pack().catalog();
    }

    /** A life event of the version in force. */
    public LifeEvent event(String id, String field) {
        return event(id, field, catalog());
    }

    /** A life event of the given catalog (a visit's pack version). */
    public LifeEvent event(String id, String field, ProcedureCatalog catalog) {
        if (id == null || id.isBlank()) {
            throw ApiProblem.badField(field, "This field is required.");
        }
        return catalog.lifeEvent(id).orElseThrow(() ->
                ApiProblem.badField(field, "Life event must be one of " + catalog.lifeEventIds() + "."));
    }

    public LocalDate birthDate(LocalDate birthDate, String field, LocalDate today) {
        if (birthDate == null) {
            throw ApiProblem.badField(field, "This field is required.");
        }
        if (birthDate.isAfter(today)) {
            throw ApiProblem.badField(field, "The birth date is in the future.");
        }
        if (birthDate.isBefore(EARLIEST)) {
            throw ApiProblem.badField(field, "The birth date is before " + EARLIEST + ".");
        }
        return birthDate;
    }

    /** The household, or empty when the caller sent none (not known yet). */
    public Optional<Household> household(List<NavigationRequest.MemberFacts> members, String field, LocalDate today) {
        if (members == null) {
            return Optional.empty();
        }
        if (members.size() > MAX_HOUSEHOLD) {
            throw ApiProblem.badField(field, "At most " + MAX_HOUSEHOLD + " household members.");
        }
        List<HouseholdMember> household = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String at = field + "[" + i + "]";
            NavigationRequest.MemberFacts member = members.get(i);
            if (member == null) {
                throw ApiProblem.badField(at, "This field is required.");
            }
            Relationship relationship = Optional.ofNullable(member.relationship()).flatMap(Relationship::byId)
                    .orElseThrow(() -> ApiProblem.badField(at + ".relationship", "Relationship must be one of "
                            + Arrays.stream(Relationship.values()).map(Relationship::id).collect(Collectors.joining(", "))
                            + "."));
            household.add(new HouseholdMember(relationship, birthDate(member.birthDate(), at + ".birthDate", today),
                    Boolean.TRUE.equals(member.deceased())));
        }
        if (household.stream().filter(HouseholdMember::deceased).count() > 1) {
            throw ApiProblem.badField(field, "At most one household member can be the deceased.");
        }
        return Optional.of(new Household(household));
    }

    /** Answers to questions of the version in force with values the question offers ("dont-know" included). */
    public Answers answers(Map<String, String> answers, String field) {
        return answers(answers, field, catalog());
    }

    /** Answers to questions of the given catalog (a visit's pack version). */
    public Answers answers(Map<String, String> answers, String field, ProcedureCatalog catalog) {
        if (answers == null) {
            return Answers.none();
        }
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            String at = field + "." + answer.getKey();
            Question question = catalog.question(answer.getKey())
                    .filter(q -> q.type() != Question.Type.HOUSEHOLD)
                    .orElseThrow(() -> ApiProblem.badField(at, "No such question."));
            List<String> offered = question.choices().stream().map(Question.Choice::value).toList();
            if (answer.getValue() == null || !offered.contains(answer.getValue())) {
                throw ApiProblem.badField(at, "Answer must be one of " + String.join(", ", offered) + ".");
            }
        }
        return new Answers(answers);
    }
}
