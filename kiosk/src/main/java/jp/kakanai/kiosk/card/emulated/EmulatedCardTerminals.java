package jp.kakanai.kiosk.card.emulated;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The emulated readers as {@link CardTerminals}. Like the PC/SC implementation, each object keeps
 * the presence state of its last {@link #waitForChange(long)}, and waiting with no reader plugged in
 * throws {@link IllegalStateException}.
 */
final class EmulatedCardTerminals extends CardTerminals {
    private final EmulatedReaders readers;
    private Map<String, Boolean> known;
    private Map<String, Boolean> before = Map.of();

    EmulatedCardTerminals(EmulatedReaders readers) {
        this.readers = readers;
    }

    @Override
    public List<CardTerminal> list(State state) {
        Objects.requireNonNull(state);
        synchronized (readers.lock()) {
            List<CardTerminal> all = readers.plugged();
            return switch (state) {
                case ALL -> all;
                case CARD_PRESENT -> all.stream().filter(EmulatedCardTerminals::isCardPresentSafe).toList();
                case CARD_ABSENT -> all.stream().filter(t -> !isCardPresentSafe(t)).toList();
                case CARD_INSERTION -> all.stream().filter(t -> changedTo(t, true)).toList();
                case CARD_REMOVAL -> all.stream().filter(t -> changedTo(t, false)).toList();
            };
        }
    }

    private boolean changedTo(CardTerminal t, boolean present) {
        Boolean was = before.get(t.getName());
        Boolean now = known == null ? null : known.get(t.getName());
        return present
                ? Boolean.TRUE.equals(now) && !Boolean.TRUE.equals(was)
                : Boolean.FALSE.equals(now) && Boolean.TRUE.equals(was);
    }

    private static boolean isCardPresentSafe(CardTerminal t) {
        return ((EmulatedReader) t).isCardPresentLocked();
    }

    @Override
    public boolean waitForChange(long timeout) {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        synchronized (readers.lock()) {
            if (readers.plugged().isEmpty()) {
                throw new IllegalStateException("No terminals available");
            }
            if (known == null) {
                known = readers.presence();
            }
            long deadline = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
            while (readers.presence().equals(known)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    readers.lock().wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            before = known;
            known = readers.presence();
            return true;
        }
    }
}
