package jp.kakanai.server.interview;

import java.time.LocalDate;
import java.util.Optional;

/** The move of a 転入・転出・転居: when, and the other address (previous on a move-in, new otherwise). */
record Move(Optional<LocalDate> date, Optional<String> otherAddress) {
    static Move none() {
        return new Move(Optional.empty(), Optional.empty());
    }
}
