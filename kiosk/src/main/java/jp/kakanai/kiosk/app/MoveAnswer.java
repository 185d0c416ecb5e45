package jp.kakanai.kiosk.app;

import java.util.Optional;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The local API's answer to the move ({@code PUT /api/visit/move}): {@code accepted} with the move as the forms will
 * print it (each town address with its text and postcode), {@code rejected} with the server's sentence and the field
 * to fix ({@code newAddress.block}), or {@code server-unreachable} (the page keeps the choice and tries again).
 */
public record MoveAnswer(String outcome, Optional<MoveFacts> move, Optional<String> error, Optional<String> field) {

    static MoveAnswer accepted(MoveFacts move) {
        return new MoveAnswer("accepted", Optional.of(move), Optional.empty(), Optional.empty());
    }

    /** A failed check of the address at {@code which} ({@code newAddress} or {@code previousAddress}). */
    static MoveAnswer of(ServerReply<?> failed, String which) {
        if (failed instanceof ServerReply.Refused<?> refused) {
            // The server names the field of its check body ("address.block"): said here of the move's address.
            Optional<String> field = refused.field().map(f -> f.startsWith("address") ? which + f.substring("address".length()) : f);
            return new MoveAnswer("rejected", Optional.empty(), Optional.of(refused.error()), field);
        }
        return new MoveAnswer("server-unreachable", Optional.empty(),
                Optional.of(((ServerReply.Unreachable<?>) failed).detail()), Optional.empty());
    }
}
