package jp.kakanai.forms.navigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.resident.JapanDay;

/**
 * From one life event to every procedure the visit needs (回らない窓口: no procedure missed), and to the
 * few questions whose answers can still change that. Stateless over an immutable catalog: thread-safe.
 */
public final class Navigator {

    private final ProcedureCatalog catalog;
    private final Relevance relevance;
    private final Clock clock;

    public Navigator(ProcedureCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.relevance = new Relevance(catalog.questionsById());
        this.clock = clock;
    }

    /** A navigator over the catalog, dating visits in Japan time. */
    public static Navigator inJapan(ProcedureCatalog catalog) {
        return new Navigator(catalog, Clock.system(JapanDay.ZONE));
    }

    public ProcedureCatalog catalog() {
        return catalog;
    }

    public Checklist navigate(LifeEvent event, Resident resident, Household household, Answers answers,
                              LocalDate visitDate) {
        return navigate(Facts.of(event, resident, household, answers, visitDate));
    }

    public Checklist navigate(Facts facts) {
        Evaluation.Valuation known = Evaluation.memo(facts);
        List<ItemInOrder> items = new ArrayList<>();
        for (ProcedureCatalog.EventProcedure candidate : catalog.forEvent(facts.event())) {
            item(candidate, facts, known).ifPresent(item -> items.add(new ItemInOrder(item, candidate.catalogIndex())));
        }
        items.sort(Comparator.comparingInt((ItemInOrder i) -> i.item().department().walkingOrder())
                .thenComparingInt(ItemInOrder::catalogIndex));
        return new Checklist(facts.event(), facts.visitDate(), items.stream().map(ItemInOrder::item).toList());
    }

    private record ItemInOrder(ChecklistItem item, int catalogIndex) {
    }

    private Optional<ChecklistItem> item(ProcedureCatalog.EventProcedure candidate, Facts facts,
                                         Evaluation.Valuation known) {
        Rule undecided = null;
        for (Rule rule : candidate.rules()) {
            Truth truth = Evaluation.evaluate(rule.when(), known);
            if (truth == Truth.TRUE) {
                return Optional.of(item(candidate.procedure(), rule, ChecklistItem.Certainty.NEEDED,
                        rule.reason(), List.copyOf(Evaluation.concerned(rule.when(), facts)), List.of()));
            }
            if (truth == Truth.UNKNOWN && undecided == null) {
                undecided = rule;
            }
        }
        if (undecided == null) {
            return Optional.empty();
        }
        return Optional.of(item(candidate.procedure(), undecided, ChecklistItem.Certainty.TO_CONFIRM,
                undecided.reasonToConfirm(), List.of(), openQuestions(candidate, facts, known)));
    }

    private static ChecklistItem item(Procedure procedure, Rule rule, ChecklistItem.Certainty certainty,
                                      LocalizedText reason, List<String> concerns, List<String> open) {
        List<Document> bring = new ArrayList<>(procedure.bring());
        rule.bring().stream().filter(b -> !bring.contains(b)).forEach(bring::add);
        return new ChecklistItem(procedure, certainty, reason, bring,
                rule.deadline().or(procedure::deadline), concerns, open);
    }

    private List<String> openQuestions(ProcedureCatalog.EventProcedure candidate, Facts facts,
                                       Evaluation.Valuation known) {
        Set<String> open = new LinkedHashSet<>();
        if (facts.household().isEmpty() && dependsOnHousehold(candidate, known)) {
            open.add(householdQuestionId());
        }
        catalog.questions().stream()
                .filter(q -> candidate.questionIds().contains(q.id()))
                .filter(q -> facts.answers().decided(q.id()).isEmpty())
                .filter(q -> relevance.answerMatters(candidate, known, q.id()))
                .forEach(q -> open.add(q.id()));
        return List.copyOf(open);
    }

    /** The questions worth asking today, household unknown, nothing answered yet. */
    public List<Question> questionsFor(LifeEvent event, Resident resident) {
        return questionsFor(new Facts(event, JapanDay.today(clock), resident, Optional.empty(), Answers.none()));
    }

    /**
     * The unanswered questions whose answer can still change the checklist, in the catalog's order. What
     * the card already tells (the birth date, so the age; a card read) is never asked; the household
     * question is asked only while the household is unknown and matters.
     */
    public List<Question> questionsFor(Facts facts) {
        Evaluation.Valuation known = Evaluation.memo(facts);
        List<ProcedureCatalog.EventProcedure> candidates = catalog.forEvent(facts.event());
        List<Question> wanted = new ArrayList<>();
        for (Question question : catalog.questions()) {
            if (facts.answers().isAnswered(question.id())) {
                continue;
            }
            boolean matters = question.type() == Question.Type.HOUSEHOLD
                    ? facts.household().isEmpty()
                            && candidates.stream().anyMatch(c -> dependsOnHousehold(c, known))
                    : candidates.stream().anyMatch(c -> c.questionIds().contains(question.id())
                            && relevance.answerMatters(c, known, question.id()));
            if (matters) {
                wanted.add(question);
            }
        }
        return wanted;
    }

    private boolean dependsOnHousehold(ProcedureCatalog.EventProcedure candidate, Evaluation.Valuation known) {
        return Relevance.unknownFacts(candidate, known).stream()
                .filter(Navigator::aboutHousehold)
                .anyMatch(leaf -> relevance.factMatters(candidate, known, leaf));
    }

    private static boolean aboutHousehold(Condition leaf) {
        return leaf instanceof Condition.HouseholdSize
                || leaf instanceof Condition.AgeIn age && age.who() != Who.RESIDENT;
    }

    private String householdQuestionId() {
        return catalog.questions().stream().filter(q -> q.type() == Question.Type.HOUSEHOLD)
                .map(Question::id).findFirst().orElse("household");
    }
}
