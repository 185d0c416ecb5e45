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
 * How long navigation takes for one visit (goal: well under 10 ms server-side). Run with the command in
 * docs/navigation.md; the figures are recorded there.
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

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(NavigatorBenchmark.class.getName()).build()).run();
    }
}
