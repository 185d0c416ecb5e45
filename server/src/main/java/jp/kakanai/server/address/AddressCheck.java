package jp.kakanai.server.address;

import jp.kakanai.forms.checkin.Address;

/** What the town's address master makes of an address: resolved (text and postcode filled in), or refused. */
public sealed interface AddressCheck {

    /** The address as stored and printed: a town address with its text composed from the master. */
    record Resolved(Address address) implements AddressCheck {
    }

    /** {@code field}: the JSON path of the part to fix, {@code message} a plain Japanese sentence. */
    record Rejected(String field, String message) implements AddressCheck {
    }
}
