package jp.kakanai.server.queue;

/** A reception ticket as residents read it on the slip and the display board: {@code A-007}. */
public record TicketNumber(String prefix, int number) {
    public TicketNumber {
        if (!prefix.matches("[A-Z]{1,3}")) {
            throw new IllegalArgumentException("ticket prefix must be 1-3 capital letters, got '" + prefix + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException("ticket number must be positive, got " + number);
        }
    }

    public static TicketNumber parse(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("not a ticket number: '" + text + "'");
        }
        return new TicketNumber(text.substring(0, dash), Integer.parseInt(text.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return prefix + "-" + String.format("%03d", number);
    }
}
