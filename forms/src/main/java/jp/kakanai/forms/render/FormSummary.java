package jp.kakanai.forms.render;

/** A form of the catalog: its id (e.g. {@code juminhyo-request}) and its Japanese title. */
public record FormSummary(String id, String title) {
}
