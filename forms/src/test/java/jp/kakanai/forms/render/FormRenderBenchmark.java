package jp.kakanai.forms.render;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Issue 5 §6 and issue 16 §5: prefilled forms, warm, for two visits — {@code sample}, the project's one-resident
 * 住民票の写し等交付請求書, and {@code household}, the 住民異動届 of a six-person move-in with a long address and 𠮷
 * ({@link RealisticVisits#sixPersonMoveIn()}). {@code shared}: the renderer as shipped (fonts parsed once, each form's
 * fixed layer made once, the data's glyphs subset per document). {@code naive}: the same layout, but every document
 * loads the font files with {@code PDType0Font.load(doc, file)}, as PDFBox examples do, and draws everything itself.
 * Run (see docs/forms.md):
 * <pre>
 * mvn -B -q -o -pl forms test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath jp.kakanai.forms.render.FormRenderBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
public class FormRenderBenchmark {
    @Param({"sample", "household"})
    public String visit;

    private FormRenderer shared;
    private FormRenderer naive;
    private String form;
    private FormData data;

    @Setup
    public void setUp() {
        shared = TestRenderer.shared();
        naive = naive(FontSettings.debianDefaults());
        form = formOf(visit);
        data = dataOf(visit);
    }

    @Benchmark
    public byte[] shared() {
        return shared.render(form, data).pdf();
    }

    @Benchmark
    public byte[] naive() {
        return naive.render(form, data).pdf();
    }

    static String formOf(String visit) {
        return visit.equals("sample") ? "juminhyo-request" : "resident-change";
    }

    static FormData dataOf(String visit) {
        return visit.equals("sample") ? TestRenderer.sample().build() : RealisticVisits.sixPersonMoveIn();
    }

    /** Same layout and drawing; each document loads its font files with PDFBox's own subsetting, and no layer is reused. */
    static FormRenderer naive(FontSettings fonts) {
        return new FormRenderer(jp.kakanai.forms.pack.TownPack.sample().forms(), new TextShaper(new FontLibrary(fonts)),
                new PdfAssembler(PdfBoxFonts::new), java.util.Optional.empty());
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> latency = new Runner(options("(shared|naive)").mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS).threads(1).build()).run();
        Collection<RunResult> oneThread = new Runner(options("(shared|naive)").mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(1).build()).run();
        Collection<RunResult> twoThreads = new Runner(options("shared").mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(2).build()).run();

        FormRenderer naive = naive(FontSettings.debianDefaults());
        System.out.printf("%n== warm, %d cores ==%n", Runtime.getRuntime().availableProcessors());
        for (String visit : new String[] {"sample", "household"}) {
            String form = formOf(visit);
            FormData data = dataOf(visit);
            double sharedOps = score(oneThread, "shared", visit);
            double naiveOps = score(oneThread, "naive", visit);
            System.out.printf("-- %s (%s)%n", visit, form);
            System.out.printf("median ms/render, 1 thread : shared %.2f (p90 %.2f, p99 %.2f)   naive %.2f%n", percentile(latency, "shared", visit, 50),
                    percentile(latency, "shared", visit, 90), percentile(latency, "shared", visit, 99), percentile(latency, "naive", visit, 50));
            System.out.printf("renders/s, 1 thread        : shared %.0f   naive %.0f   (shared/naive %.1fx)%n", sharedOps, naiveOps, sharedOps / naiveOps);
            System.out.printf("renders/s, 2 threads       : shared %.0f   (%.2fx of 1 thread)%n", score(twoThreads, "shared", visit),
                    score(twoThreads, "shared", visit) / sharedOps);
            System.out.printf("PDF bytes                  : shared %d   naive %d%n", TestRenderer.shared().render(form, data).pdf().length,
                    naive.render(form, data).pdf().length);
            System.out.printf("CPU ms/render (thread time, robust on a busy machine): shared %.2f   naive %.2f%n",
                    cpuMillisPerRender(TestRenderer.shared(), form, data, 3000), cpuMillisPerRender(naive, form, data, 30));
        }
    }

    /** Thread CPU time per render after warm-up: what one render costs a core, whatever else runs on the machine. */
    private static double cpuMillisPerRender(FormRenderer renderer, String form, FormData data, int n) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            renderer.render(form, data);
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            renderer.render(form, data);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e6 / n;
    }

    private static ChainedOptionsBuilder options(String benchmarks) {
        return new OptionsBuilder()
                .include(FormRenderBenchmark.class.getName() + "." + benchmarks + "$")
                .forks(1)
                .jvmArgs("-Xmx1g")
                .warmupIterations(5).warmupTime(TimeValue.seconds(3))
                .measurementIterations(5).measurementTime(TimeValue.seconds(3));
    }

    private static RunResult result(Collection<RunResult> results, String benchmark, String visit) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)
                && visit.equals(r.getParams().getParam("visit"))).findFirst().orElseThrow();
    }

    private static double score(Collection<RunResult> results, String benchmark, String visit) {
        return result(results, benchmark, visit).getPrimaryResult().getScore();
    }

    private static double percentile(Collection<RunResult> results, String benchmark, String visit, double p) {
        return result(results, benchmark, visit).getPrimaryResult().getStatistics().getPercentile(p);
    }
}
