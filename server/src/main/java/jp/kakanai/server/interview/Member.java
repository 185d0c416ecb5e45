package jp.kakanai.server.interview;

import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.forms.text.Redacted;

/** A household member the clerk added, as checked and stored. */
record Member(String name, Optional<String> kana, LocalDate birthDate, Sex sex, Relationship relationship) {
    @Override
    public String toString() {
        return Redacted.record(this, "relationship");
    }


    /** 続柄 as the forms print it, seen from the resident: 妻, 夫, 子, 母, 孫, … */
    String relationshipLabel() {
        return switch (relationship) {
            case SPOUSE -> sex == Sex.FEMALE ? "妻" : sex == Sex.MALE ? "夫" : "配偶者";
            case CHILD -> "子";
            case PARENT -> sex == Sex.FEMALE ? "母" : sex == Sex.MALE ? "父" : "親";
            case GRANDCHILD -> "孫";
            case OTHER -> "その他";
        };
    }
}
