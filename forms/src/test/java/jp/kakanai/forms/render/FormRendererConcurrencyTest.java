package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The fonts are parsed once and shared; renders on many threads must not mix up their documents. */
class FormRendererConcurrencyTest {
    private static final String[] NAMES = {"山田 太郎", "髙橋 花子", "𠮷野 一郎", "齋藤 美咲", "渡邉 健", "鷗外 森"};

    @Test
    void rendersOnFourThreadsAtOnceEachReadBackWithItsOwnData() throws Exception {
        FormRenderer renderer = TestRenderer.shared();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                String name = NAMES[i % NAMES.length] + i;
                results.add(pool.submit(() -> {
                    byte[] pdf = renderer.render("juminhyo-request", TestRenderer.sample().put("resident.name", name).build()).pdf();
                    assertThat(PdfProbe.fonts(pdf)).allMatch(f -> f.embedded() && f.isSubset());
                    return PdfProbe.text(pdf).contains(name) ? name : "missing " + name;
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(NAMES[i % NAMES.length] + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
