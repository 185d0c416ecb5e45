package jp.kakanai.server.interview;

import java.text.Normalizer;
import jp.kakanai.forms.text.Redacted;

/**
 * フリガナ as the clerk types it, checked and put in the form the paper forms print: katakana, one
 * half-width space between words. Hiragana and half-width katakana are accepted and converted (an IME
 * often gives either); anything else (kanji, letters, digits) is refused, naming the first such character.
 */
final class KanaText {
    static final int MAX_LENGTH = 100;

    /** The checked kana, or the reason it is not kana. */
    sealed interface Result permits Kana, NotKana {
    }

    record Kana(String katakana) implements Result {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    record NotKana(String message) implements Result {
    }

    private KanaText() {
    }

    static Result check(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return new NotKana("フリガナを入力してください。");
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || cp == '\u3000') {
                space = true;
                continue;
            }
            String kana = katakana(cp);
            if (kana == null) {
                return new NotKana("フリガナはカタカナかひらがなで入力してください（「" + Character.toString(cp)
                        + "」は使えません）。");
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(kana);
        }
        if (out.codePointCount(0, out.length()) > MAX_LENGTH) {
            return new NotKana("フリガナは" + MAX_LENGTH + "文字までです。");
        }
        // Half-width ｶﾞ comes as two characters; composing makes it one ガ.
        return new Kana(Normalizer.normalize(out, Normalizer.Form.NFKC));
    }

    /** The character as full-width katakana, or null when it is no kana at all. */
    private static String katakana(int cp) {
        if (cp >= 0x30A1 && cp <= 0x30FA || cp >= 0x30FB && cp <= 0x30FE) {
            return Character.toString(cp); // katakana, ・ ー ヽ ヾ
        }
        if (cp >= 0x3041 && cp <= 0x3096 || cp == 0x309D || cp == 0x309E) {
            return Character.toString(cp + 0x60); // hiragana → katakana, ゝ ゞ → ヽ ヾ
        }
        if (cp >= 0xFF66 && cp <= 0xFF9F) {
            return Character.toString(cp); // half-width katakana; NFKC widens it
        }
        return null;
    }
}
