package jp.kakanai.forms.navigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long navigation takes for one visit (goal: at most 1 ms for a whole visit with the broad catalog, issue
 * 17 §6). Run with the command in docs/navigation.md; the figures are recorded there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class NavigatorBenchmark {
    private static final LocalDate VISIT = LocalDate.of(2026, 5, 11);

    private final Navigator navigator = SampleTown.navigator();
    private final Resident parent = new Resident(Optional.of(LocalDate.of(1990, 3, 2)), true);
    private final Household family = Household.of(
            HouseholdMember.living(Relationship.SPOUSE, LocalDate.of(1992, 8, 20)),
            HouseholdMember.living(Relationship.CHILD, LocalDate.of(2023, 1, 5)),
            HouseholdMember.living(Relationship.CHILD, LocalDate.of(2016, 6, 30)));
    private final Answers familyAnswers = Answers.of("health-insurance", "national", "pension-first-category", "no",
            "public-servant", "no", "seal-wanted", "yes", "dog", "yes", "juminhyo-wanted", "no");
    private final Resident widow = Resident.bornOn(LocalDate.of(1946, 2, 11));
    private final Household widowed = Household.of(HouseholdMember.deceased(Relationship.SPOUSE, LocalDate.of(1944, 1, 9)));
    private final Household bereavedFamily = Household.of(
            HouseholdMember.deceased(Relationship.SPOUSE, LocalDate.of(1988, 4, 2)),
            HouseholdMember.living(Relationship.CHILD, LocalDate.of(2019, 9, 1)),
            HouseholdMember.living(Relationship.CHILD, LocalDate.of(2014, 2, 14)));
    private final Answers deathAnswers = Answers.of("death-registered", "yes", "deceased-received-pension", "yes",
            "deceased-dog", "no", "juminhyo-wanted", "no");

    @Benchmark
    public Checklist familyMovingIn() {
        return navigator.navigate(SampleTown.MOVE_IN, parent, family, familyAnswers, VISIT);
    }

    @Benchmark
    public Checklist deathWithTheSurvivorAnswering() {
        return navigator.navigate(SampleTown.DEATH, widow, widowed, deathAnswers, VISIT);
    }

    /** The costliest call: nothing known but the event, so every question's relevance is searched. */
    @Benchmark
    public List<Question> questionsWithNothingKnown() {
        return navigator.questionsFor(new Facts(SampleTown.MOVE_IN, VISIT, Resident.unknown(), Optional.empty(),
                Answers.none()));
    }

    /** A checklist while nothing is answered yet: every conditional procedure is "to confirm". */
    @Benchmark
    public Checklist familyMovingInNothingAnswered() {
        return navigator.navigate(SampleTown.MOVE_IN, parent, family, Answers.none(), VISIT);
    }

    /** Death, the event with the most procedures (40): nothing answered, the household known. */
    @Benchmark
    public Checklist deathNothingAnswered() {
        return navigator.navigate(SampleTown.DEATH, widow, widowed, Answers.none(), VISIT);
    }

    /** The relevance search over the 40 death procedures with nothing known at all. */
    @Benchmark
    public List<Question> deathQuestionsWithNothingKnown() {
        return navigator.questionsFor(new Facts(SampleTown.DEATH, VISIT, Resident.unknown(), Optional.empty(),
                Answers.none()));
    }

    /**
     * A whole おくやみ visit as the kiosk runs it: after each answer the next questions and the checklist are
     * computed again, until nothing is left to ask ("no" to each; the household with children known first).
     */
    @Benchmark
    public Checklist wholeDeathVisitOfAParentWithChildren() {
        Facts facts = new Facts(SampleTown.DEATH, VISIT, parent, Optional.of(bereavedFamily), Answers.none());
        Checklist checklist = navigator.navigate(facts);
        for (List<Question> next = navigator.questionsFor(facts); !next.isEmpty(); next = navigator.questionsFor(facts)) {
            Question question = next.get(0);
            facts = new Facts(facts.event(), VISIT, facts.resident(), facts.household(),
                    facts.answers().with(question.id(), question.choiceValues().get(question.choiceValues().size() - 1)));
            checklist = navigator.navigate(facts);
        }
        return checklist;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(NavigatorBenchmark.class.getName()).build()).run();
    }
}
