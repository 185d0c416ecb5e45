package jp.kakanai.server.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.definition.FormDefinition;
import jp.kakanai.forms.render.BackOfficeData;
import jp.kakanai.server.interview.PrintedPdf;

/**
 * A visit's print read back for a golden journey: page 1 the cover, then each form in the order given; every filled
 * box of a form compared, as a whole, with the values a test wrote by hand, and the values only a back-office scan
 * can read (ticks, circles) compared in the form's QR code.
 */
final class PrintedJourney {
    private final byte[] pdf;
    private final PrintedPdf printed;
    private final List<String> formIds;

    PrintedJourney(byte[] pdf, List<String> formIds) {
        this.pdf = pdf;
        this.printed = new PrintedPdf(pdf);
        this.formIds = List.copyOf(formIds);
    }

    /** The forms, in print order, as the test expects them (cover first, one page per form unless 別紙 follow). */
    PrintedJourney hasForms(List<String> expected) {
        assertThat(formIds).containsExactlyElementsOf(expected);
        return this;
    }

    /** The page of the form itself: after the cover, the forms in order, each followed by its 別紙 if any. */
    int pageOf(String formId) {
        assertThat(formIds).as(formId + " printed").contains(formId);
        String title = definition(formId).title();
        for (int page = 1; page < printed.pages(); page++) {
            String text = printed.text(page);
            if (text.contains(title) && !text.contains(title + "（別紙")) {
                return page;
            }
        }
        throw new AssertionError(formId + " is on no page");
    }

    /** The page of the form's {@code n}th 別紙 (continuation sheet). */
    int continuationOf(String formId, int n) {
        String title = definition(formId).title() + "（別紙" + n + "）";
        for (int page = 1; page < printed.pages(); page++) {
            if (printed.text(page).contains(title)) {
                return page;
            }
        }
        throw new AssertionError("no " + title);
    }

    /** Every filled text box of the form equals {@code expected} (source key → text without spaces), nothing else filled. */
    PrintedJourney boxes(String formId, Map<String, String> expected) {
        return boxesOnPage(formId, pageOf(formId), expected);
    }

    PrintedJourney boxesOnPage(String formId, int page, Map<String, String> expected) {
        FormDefinition form = definition(formId);
        assertThat(printed.text(page)).as("page " + (page + 1) + " is " + formId).contains(form.title());
        Map<String, String> withoutSpaces = new LinkedHashMap<>();
        expected.forEach((k, v) -> withoutSpaces.put(k, v.replaceAll("\\s", "")));
        assertThat(FilledBoxes.of(pdf, page, form)).as("every filled box of " + formId)
                .containsExactlyInAnyOrderEntriesOf(withoutSpaces);
        return this;
    }

    /** The values of the form's back-office QR code at these keys (ticks and circles have no text to read). */
    PrintedJourney scanned(String formId, Map<String, Object> expected) {
        BackOfficeData data = printed.qr(pageOf(formId), formId);
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", data.data(), flat);
        expected.forEach((key, value) -> assertThat(flat.get(key)).as(formId + " QR " + key).isEqualTo(value));
        return this;
    }

    /** Keys that the form's QR code must not carry (an unticked box, nobody in a role). */
    PrintedJourney notScanned(String formId, String... keys) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", printed.qr(pageOf(formId), formId).data(), flat);
        assertThat(flat).as(formId + " QR").doesNotContainKeys(keys);
        return this;
    }

    int pages() {
        return printed.pages();
    }

    String text(int page) {
        return printed.text(page);
    }

    private static FormDefinition definition(String formId) {
        return FormCatalog.builtIn().find(formId).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Map<String, Object> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, into));
        } else if (node instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, node instanceof List<?> l && l.size() == 1 ? ((List<Object>) l).get(0) : node);
        }
    }
}
