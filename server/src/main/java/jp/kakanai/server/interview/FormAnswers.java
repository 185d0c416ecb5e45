package jp.kakanai.server.interview;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kakanai.forms.navigation.Relationship;

/**
 * The boxes of the forms that the interview already answers, so the resident does not fill them in by hand:
 * the card box of 住民異動届 from the card question, the spouse's name from the household, the resident as
 * the one who files. What the life event itself implies (転入 as the reason on the 国保 form) the forms
 * library adds ({@code form-answers/life-events.json}); anything else stays for the resident.
 */
final class FormAnswers {
    private FormAnswers() {
    }

    static Map<String, Object> of(Map<String, String> answers, Interview interview, boolean cardRead) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("requester", "self");
        String card = cardRead ? "yes" : answers.get("my-number-card");
        if ("yes".equals(card) || "no".equals(card)) {
            form.put("card-continue", card);
        }
        if (cardRead) {
            form.put("id-document", "mynumber-card");
        }
        interview.members().stream().filter(m -> m.relationship() == Relationship.SPOUSE).findFirst()
                .ifPresent(spouse -> form.put("spouse-name", spouse.name()));
        return form;
    }
}
