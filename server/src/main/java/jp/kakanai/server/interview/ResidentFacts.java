package jp.kakanai.server.interview;

import java.util.Optional;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;

/** The resident as checked: the 基本4情報 and what no card carries (kana, postcode, phone). */
record ResidentFacts(BasicFourInfo basic, Optional<String> kana, Optional<String> postcode, Optional<String> phone) {
    @Override
    public String toString() {
        return Redacted.record(this, "basic");
    }
}
