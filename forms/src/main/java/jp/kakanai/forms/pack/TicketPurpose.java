package jp.kakanai.forms.pack;

import java.util.Map;

/**
 * A button of the ticket machine: what the resident comes for ({@code id}), the department whose queue
 * the ticket joins, and what the button says ({@code name}, {@code hint}: Japanese and English).
 */
public record TicketPurpose(String id, String department, Map<String, String> name, Map<String, String> hint) {
    public TicketPurpose {
        name = Map.copyOf(name);
        hint = Map.copyOf(hint);
    }
}
