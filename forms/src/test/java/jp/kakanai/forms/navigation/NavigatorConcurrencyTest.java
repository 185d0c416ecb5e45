package jp.kakanai.forms.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One navigator serves every request thread of the server. */
class NavigatorConcurrencyTest {

    @Test
    void oneNavigatorSharedByManyThreadsGivesEachVisitItsOwnChecklist() throws Exception {
        Navigator navigator = SampleTown.navigator();
        Answers answers = Answers.of("health-insurance", "national", "pension-first-category", "yes",
                "public-servant", "no", "seal-wanted", "no", "dog", "no", "juminhyo-wanted", "no",
                "care-certified", "no", "my-number-card", "yes");
        List<Resident> residents = new ArrayList<>();
        for (int age = 18; age <= 90; age++) {
            residents.add(Resident.bornOn(Households.bornYearsAgo(age)));
        }
        Household withChild = Household.of(Households.childAged(7));
        List<Checklist> expected = residents.stream()
                .map(r -> navigator.navigate(SampleTown.MOVE_IN, r, withChild, answers, Households.VISIT)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Checklist>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                runs.add(pool.submit(() -> {
                    List<Checklist> results = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        for (Resident resident : residents) {
                            results.add(navigator.navigate(SampleTown.MOVE_IN, resident, withChild, answers, Households.VISIT));
                        }
                    }
                    return results;
                }));
            }
            for (Future<List<Checklist>> run : runs) {
                List<Checklist> results = run.get();
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(expected.get(i % residents.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // The ages differ, so the checklists do: the comparison above is not trivially true.
        assertThat(expected.get(0).procedureIds()).isNotEqualTo(expected.get(expected.size() - 1).procedureIds());
    }
}
