package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kakanai.forms.definition.ElementKind;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.definition.FormDefinition;

/**
 * Which forms print the 個人番号 (a {@code my-number} element in their definition). The kiosk reads the
 * card's EF 0001 only when a procedure the resident needs has such a form (番号法: collect the number
 * only where the law's procedure needs it). Read from the form definitions themselves, so a form that
 * gains or loses its My Number box changes the kiosk's behaviour without code.
 */
public final class MyNumberForms {
    private final Set<String> formIds;

    MyNumberForms(Set<String> formIds) {
        this.formIds = Set.copyOf(formIds);
    }

    /** The forms shipped with this kiosk's forms library. */
    public static MyNumberForms builtIn() {
        return of(FormCatalog.builtIn().all());
    }

    static MyNumberForms of(List<FormDefinition> forms) {
        return new MyNumberForms(forms.stream()
                .filter(f -> f.elements().stream().anyMatch(e -> e.kind() == ElementKind.MY_NUMBER))
                .map(FormDefinition::id).collect(Collectors.toSet()));
    }

    public boolean needsMyNumber(String formId) {
        return formIds.contains(formId);
    }

    /** The forms of the navigation's {@code needed} items that print the My Number, in route order. */
    public List<String> neededBy(JsonNode navigation) {
        Set<String> found = new LinkedHashSet<>();
        for (JsonNode item : navigation.path("items")) {
            if ("needed".equals(item.path("certainty").asText())) {
                for (JsonNode form : item.path("forms")) {
                    if (formIds.contains(form.asText())) {
                        found.add(form.asText());
                    }
                }
            }
        }
        return List.copyOf(found);
    }
}
