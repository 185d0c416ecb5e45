package jp.kakanai.server.interview;

import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/** The move of a 転入・転出・転居: when, and the other address (previous on a move-in, new otherwise). */
record Move(Optional<LocalDate> date, Optional<String> otherAddress) {
    @Override
    public String toString() {
        return Redacted.record(this);
    }

    static Move none() {
        return new Move(Optional.empty(), Optional.empty());
    }
}
