package jp.kakanai.forms.pack;

import java.util.List;

/**
 * An answer a form's box may read ({@code answers.<id>}) besides the navigation questions, from
 * {@code form-answers.json}: what the clerk enters in the interview or a life event implies. {@code values}
 * are the checkbox values it takes (empty for a free text such as 通数).
 */
public record FormAnswer(String id, String label, List<String> values) {
    public FormAnswer {
        values = List.copyOf(values);
    }
}
