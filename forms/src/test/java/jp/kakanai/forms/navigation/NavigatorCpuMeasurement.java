package jp.kakanai.forms.navigation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * The CPU time each {@link NavigatorBenchmark} case takes on the measuring thread (a measurement, not a test).
 * On this shared 2-core machine other builds make JMH's wall-clock figures swing by 10× and more; the thread's
 * own CPU time does not depend on how many others run. 4 s of warm-up and 3 s of measurement per case.
 */
public final class NavigatorCpuMeasurement {
    private static final String[] CASES = {"familyMovingIn", "familyMovingInNothingAnswered",
        "questionsWithNothingKnown", "deathWithTheSurvivorAnswering", "deathNothingAnswered",
        "deathQuestionsWithNothingKnown", "wholeDeathVisitOfAParentWithChildren"};

    private NavigatorCpuMeasurement() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        NavigatorBenchmark benchmark = new NavigatorBenchmark();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String name : CASES) {
            Method method = NavigatorBenchmark.class.getMethod(name);
            long start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < 4_000_000_000L) {
                method.invoke(benchmark);
            }
            long operations = 0;
            start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < 3_000_000_000L) {
                method.invoke(benchmark);
                operations++;
            }
            double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / operations;
            System.out.printf("%-40s %9.1f µs CPU per call (%d calls)%n", name, micros, operations);
        }
    }
}
