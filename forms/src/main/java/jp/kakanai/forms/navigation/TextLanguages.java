package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * Which languages a kind of text must have and may have, and the one language in which furigana markup
 * {漢字|かんじ} is written (questions: "ja", which is やさしい日本語 there; everything else: "easy", because
 * its "ja" is the official wording clerks read and print).
 */
public record TextLanguages(List<String> required, List<String> allowed, Optional<String> furigana) {
    /** Every declared language required, furigana in {@code furigana}. */
    public static TextLanguages all(List<String> declared, String furigana) {
        return new TextLanguages(declared, declared, Optional.of(furigana));
    }

    /** Read by the clerk: Japanese and English required (English is what other languages fall back to). */
    public static TextLanguages clerk(List<String> declared) {
        return new TextLanguages(List.of("ja", "en"), declared, Optional.of(LocalizedText.EASY_JAPANESE));
    }

    /** Japanese only (staff pages), other declared languages allowed. */
    public static TextLanguages japanese(List<String> declared) {
        return new TextLanguages(List.of("ja"), declared, Optional.empty());
    }
}
