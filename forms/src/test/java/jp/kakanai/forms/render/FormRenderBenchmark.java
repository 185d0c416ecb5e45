package jp.kakanai.forms.render;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import jp.kakanai.forms.definition.FormCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
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
 * Issue 5 §6: one prefilled single-page form (juminhyo-request), warm. {@code shared}: the renderer as shipped
 * (fonts parsed once, subset per document). {@code naive}: the same layout, but every document loads the font
 * files with {@code PDType0Font.load(doc, file)}, as PDFBox examples do. Run (see docs/forms.md):
 * <pre>
 * mvn -B -q -o -pl forms test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     "-Dexec.args=-cp %classpath jp.kakanai.forms.render.FormRenderBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
public class FormRenderBenchmark {
    static final String FORM = "juminhyo-request";

    private FormRenderer shared;
    private FormRenderer naive;
    private FormData data;

    @Setup
    public void setUp() {
        shared = TestRenderer.shared();
        naive = naive(FontSettings.debianDefaults(), FormCatalog.builtIn());
        data = TestRenderer.sample().build();
    }

    @Benchmark
    public byte[] shared() {
        return shared.render(FORM, data).pdf();
    }

    @Benchmark
    public byte[] naive() {
        return naive.render(FORM, data).pdf();
    }

    /** Same layout and drawing; each document loads its font files with PDFBox's own subsetting. */
    static FormRenderer naive(FontSettings fonts, FormCatalog catalog) {
        FontLibrary library = new FontLibrary(fonts);
        return new FormRenderer(catalog, new TextShaper(library), new PdfAssembler(PdfBoxFonts::new), java.util.Optional.empty());
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> latency = new Runner(options("(shared|naive)").mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS).threads(1).build()).run();
        Collection<RunResult> oneThread = new Runner(options("(shared|naive)").mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(1).build()).run();
        Collection<RunResult> twoThreads = new Runner(options("shared").mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(2).build()).run();

        double sharedOps = score(oneThread, "shared");
        double naiveOps = score(oneThread, "naive");
        double sharedOps2 = score(twoThreads, "shared");
        FormData data = TestRenderer.sample().build();
        int sharedBytes = TestRenderer.shared().render(FORM, data).pdf().length;
        int naiveBytes = naive(FontSettings.debianDefaults(), FormCatalog.builtIn()).render(FORM, data).pdf().length;

        System.out.printf("%n== %s, warm, %d cores ==%n", FORM, Runtime.getRuntime().availableProcessors());
        System.out.printf("median ms/render, 1 thread : shared %.2f   naive %.2f%n", median(latency, "shared"), median(latency, "naive"));
        System.out.printf("renders/s, 1 thread        : shared %.0f   naive %.0f   (shared/naive %.1fx)%n", sharedOps, naiveOps, sharedOps / naiveOps);
        System.out.printf("renders/s, 2 threads       : shared %.0f   (%.2fx of 1 thread)%n", sharedOps2, sharedOps2 / sharedOps);
        System.out.printf("PDF bytes                  : shared %d   naive %d%n", sharedBytes, naiveBytes);
        System.out.printf("CPU ms/render (thread time, robust on a busy machine): shared %.2f%n", cpuMillisPerRender(TestRenderer.shared(), data));
    }

    /** Thread CPU time per render after warm-up: what one render costs a core, whatever else runs on the machine. */
    private static double cpuMillisPerRender(FormRenderer renderer, FormData data) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3000; i++) {
            renderer.render(FORM, data);
        }
        int n = 3000;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            renderer.render(FORM, data);
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

    private static RunResult result(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)).findFirst().orElseThrow();
    }

    private static double score(Collection<RunResult> results, String benchmark) {
        return result(results, benchmark).getPrimaryResult().getScore();
    }

    private static double median(Collection<RunResult> results, String benchmark) {
        return result(results, benchmark).getPrimaryResult().getStatistics().getPercentile(50);
    }
}
