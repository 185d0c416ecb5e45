package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Optional;

/**
 * A department (課) of the town hall. {@code walkingOrder} is the order in which a resident visits the
 * counters: the resident register (市民課) comes first because every other department works from the
 * updated register. {@code counters} are its 窓口 as residents see them on the board; {@code ticketPrefix}
 * the letters of its ticket numbers when the town sets them (else A, B, C … in walking order).
 */
public record Department(String id, LocalizedText name, int walkingOrder, List<Counter> counters,
                         Optional<String> ticketPrefix) {

    /** One counter (窓口) of a department, e.g. 「1番窓口」. */
    public record Counter(String id, LocalizedText name) {
    }

    public Department {
        counters = List.copyOf(counters);
    }

    public Department(String id, LocalizedText name, int walkingOrder) {
        this(id, name, walkingOrder, List.of(), Optional.empty());
    }
}
