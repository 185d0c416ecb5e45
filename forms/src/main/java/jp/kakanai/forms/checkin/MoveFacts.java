package jp.kakanai.forms.checkin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A move (転入, 転出, 転居, or a marriage with a move): the 異動日 and both addresses. On a move-in the address the
 * card or QR carries is the previous one, and the new one is picked from the town's master; on a move-out the
 * card's is the previous one and the new one lies elsewhere. Either may be absent while not known yet: the server
 * fills the previous address from the resident's own where the event says so.
 */
public record MoveFacts(Optional<LocalDate> date, Optional<Address> newAddress, Optional<Address> previousAddress) {
    public MoveFacts {
        date = Objects.requireNonNullElse(date, Optional.empty());
        newAddress = Objects.requireNonNullElse(newAddress, Optional.empty());
        previousAddress = Objects.requireNonNullElse(previousAddress, Optional.empty());
    }

    public static MoveFacts none() {
        return new MoveFacts(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static MoveFacts of(LocalDate date, Address newAddress, Address previousAddress) {
        return new MoveFacts(Optional.ofNullable(date), Optional.ofNullable(newAddress), Optional.ofNullable(previousAddress));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return date.isEmpty() && newAddress.isEmpty() && previousAddress.isEmpty();
    }
}
