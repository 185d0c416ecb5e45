package jp.kakanai.forms.navigation;

/**
 * Something the resident brings (本人確認書類, 転出証明書, …). Ids are shared across procedures so a
 * summary lists each document once, and its wording and translations live in one place.
 */
public record Document(String id, LocalizedText text) {
}
