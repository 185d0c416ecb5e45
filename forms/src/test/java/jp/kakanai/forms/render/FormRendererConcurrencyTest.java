package jp.kakanai.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The fonts are parsed once and shared, each form's fixed layer is made by the first print that needs it; renders on
 * many threads, first prints of three forms among them, must not mix up their documents.
 */
class FormRendererConcurrencyTest {
    private static final String[] NAMES = {"山田 太郎", "髙橋 花子", "𠮷野 一郎", "齋藤 美咲", "渡邉 健", "鷗外 森", "𠮟田 𡈽子"};
    private static final String[] FORMS = {"juminhyo-request", "seal-registration", "national-pension"};

    @Test
    void rendersOnFourThreadsAtOnceEachReadBackWithItsOwnData() throws Exception {
        FormRenderer renderer = FormRenderer.create(FontSettings.debianDefaults(), jp.kakanai.forms.pack.TownPack.sample().forms());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                String name = NAMES[i % NAMES.length] + i;
                String form = FORMS[i % FORMS.length];
                results.add(pool.submit(() -> {
                    byte[] pdf = renderer.render(form, TestRenderer.sample().put("resident.name", name).build()).pdf();
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
