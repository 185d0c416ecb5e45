package jp.kakanai.kiosk.card;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * Reads a resident's identity card through any {@link TerminalFactory}: the real PC/SC one
 * ({@code TerminalFactory.getDefault()}) on a kiosk, or {@code EmulatedReaders.terminalFactory()}
 * in tests and the demo kiosk.
 *
 * <h2>API for the kiosk UI</h2>
 * <ul>
 *   <li>{@link #isCardPresent()} — is there a card in the reader the reader would use?</li>
 *   <li>{@link #pinTriesLeft()} — {@link PinTriesResult.TriesLeft} (1–3) or a {@link CardError};
 *       spends no try. Show the PIN pad only when {@code !onlyOneLeft()}.</li>
 *   <li>{@link #readBasicFour(char[])} — {@link CardReadResult.Read} with the basic 4 info, or a
 *       {@link CardError}: {@code WrongPin} (tries left), {@code OneTryLeft} (ask staff, nothing was
 *       verified), {@code PinLocked}, {@code InvalidPinFormat}, {@code NoReader}, {@code NoCard},
 *       {@code CardRemoved}, {@code NotResponding}, {@code UnknownCard}, {@code CardFailure},
 *       {@code Unexpected}. Each has {@code message()} (English) and {@code messageJa()}.</li>
 *   <li>{@link #readBasicFourAndMyNumber(char[])} — the same plus the My Number (EF 0001), only
 *       for a procedure whose form needs it.</li>
 * </ul>
 * The PIN array is wiped before these methods return, whatever the outcome.
 *
 * <h2>Card protocol (spec §1)</h2>
 * SELECT AP → SELECT EF 0011 → VERIFY without data (tries left, none spent) → VERIFY PIN (only with
 * 2 or 3 tries left) → SELECT EF 0002 → READ BINARY (BER length, more chunks if over 256 bytes).
 * Every session runs on a worker thread with a deadline, so a card that stops answering gives
 * {@code NotResponding} instead of a hang; the card is reset on disconnect so that no verified PIN
 * state outlives the session. Instances are thread-safe; sessions run one at a time.
 */
public final class IdCardReader {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_REMOVAL_GRACE = Duration.ofMillis(800);
    private static final System.Logger LOG = System.getLogger(IdCardReader.class.getName());

    private final TerminalFactory factory;
    private final Optional<String> readerName;
    private final Duration timeout;
    private final Duration removalGrace;
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "card-session");
        t.setDaemon(true);
        return t;
    });
    private final Object sessionLock = new Object();
    private volatile SessionStats lastSession = new SessionStats(0, 0, 0, 0);

    /** Any reader (the first that holds a card), 10 s per session. */
    public IdCardReader(TerminalFactory factory) {
        this(factory, Optional.empty(), DEFAULT_TIMEOUT);
    }

    /**
     * @param readerName the reader to use; empty for the first reader that holds a card
     * @param timeout    the longest a whole card session may take before it counts as not responding
     */
    public IdCardReader(TerminalFactory factory, Optional<String> readerName, Duration timeout) {
        this(factory, readerName, timeout, DEFAULT_REMOVAL_GRACE);
    }

    /** {@code removalGrace}: how long a failed exchange waits to see whether the card was pulled. */
    IdCardReader(TerminalFactory factory, Optional<String> readerName, Duration timeout, Duration removalGrace) {
        this.factory = Objects.requireNonNull(factory);
        this.readerName = Objects.requireNonNull(readerName);
        this.timeout = Objects.requireNonNull(timeout);
        this.removalGrace = Objects.requireNonNull(removalGrace);
    }

    /** True when the configured reader (or any reader, if none is configured) holds a card. */
    public boolean isCardPresent() {
        try {
            TerminalChoice.choose(factory, readerName);
            return true;
        } catch (CardProblem e) {
            return false;
        }
    }

    /** Tries left on the card's PIN, asked without spending one. */
    public PinTriesResult pinTriesLeft() {
        return session(e -> e, ch -> {
            CardType type = CardDetection.detect(ch);
            int tries = switch (type) {
                case MY_NUMBER_CARD -> MyNumberCardApp.triesLeft(ch);
                case DRIVERS_LICENCE -> DriversLicenceApp.triesLeft(ch);
            };
            return tries == 0 ? new CardError.PinLocked(type) : new PinTriesResult.TriesLeft(type, tries);
        });
    }

    /** Verifies the PIN and reads the basic 4 info. Wipes {@code pin}. */
    public CardReadResult readBasicFour(char[] pin) {
        return read(pin, false);
    }

    /** Like {@link #readBasicFour(char[])}, and also reads the My Number (EF 0001). Wipes {@code pin}. */
    public CardReadResult readBasicFourAndMyNumber(char[] pin) {
        return read(pin, true);
    }

    private CardReadResult read(char[] pin, boolean withMyNumber) {
        byte[] pinAscii = fourDigitsAscii(pin);
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
        if (pinAscii == null) {
            return new CardError.InvalidPinFormat();
        }
        try {
            return session(e -> e, ch -> {
                CardType type = CardDetection.detect(ch);
                CardReading reading = switch (type) {
                    case MY_NUMBER_CARD -> MyNumberCardApp.read(ch, pinAscii, withMyNumber);
                    case DRIVERS_LICENCE -> DriversLicenceApp.read(ch, pinAscii);
                };
                return new CardReadResult.Read(reading);
            });
        } finally {
            Arrays.fill(pinAscii, (byte) 0);
        }
    }

    private static byte[] fourDigitsAscii(char[] pin) {
        if (pin == null || pin.length != 4) {
            return null;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return null;
            }
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            b[i] = (byte) pin[i];
        }
        return b;
    }

    /** One card session: choose the reader, connect, run the work, reset the card; with a deadline. */
    private <T> T session(Function<CardError, T> onError, CardWork<T> work) {
        synchronized (sessionLock) {
            AtomicReference<Card> connected = new AtomicReference<>();
            long started = System.nanoTime();
            Future<T> f = worker.submit(() -> {
                CardTerminal terminal = TerminalChoice.choose(factory, readerName);
                long connecting = System.nanoTime();
                Card card = CardLink.connect(terminal);
                long connectNanos = System.nanoTime() - connecting;
                connected.set(card);
                boolean cardStillThere = true;
                ApduChannel channel = new ApduChannel(card.getBasicChannel());
                try {
                    return work.run(channel);
                } catch (CardException e) {
                    CardError why = CardLink.whyCommunicationFailed(factory, terminal, e, removalGrace);
                    cardStillThere = why instanceof CardError.CardFailure;
                    throw new CardProblem(why);
                } finally {
                    // Reset clears the verified PIN; a card that is gone has nothing to reset, and
                    // resetting it anyway leaves vpcd unable to take the next card.
                    long disconnecting = System.nanoTime();
                    CardLink.disconnect(card, cardStillThere);
                    long now = System.nanoTime();
                    lastSession = new SessionStats(channel.commandCount(), channel.transmitNanos(),
                            connectNanos + now - disconnecting, now - started);
                }
            });
            try {
                return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                Card card = connected.get();
                if (card != null) {
                    // The stuck thread may hold the card; release it from another one.
                    worker.execute(() -> CardLink.disconnect(card, false));
                }
                return onError.apply(new CardError.NotResponding(timeout.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.cancel(true);
                return onError.apply(new CardError.Unexpected("interrupted while waiting for the card"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CardProblem p) {
                    return onError.apply(p.error());
                }
                LOG.log(System.Logger.Level.WARNING, "card session failed unexpectedly", cause);
                return onError.apply(new CardError.Unexpected(cause.getClass().getSimpleName()));
            }
        }
    }

    /** The last session that reached the card: for the benchmark and the documented APDU count. */
    SessionStats lastSession() {
        return lastSession;
    }

    /**
     * Commands sent; time waiting in transmit (reader stack and card); time in connect and
     * disconnect (with its card reset); and the whole session, reader choice included.
     */
    record SessionStats(int commands, long transmitNanos, long connectNanos, long sessionNanos) {
        long softwareNanos() {
            return sessionNanos - transmitNanos - connectNanos;
        }
    }

    /** Work done inside a card session. */
    @FunctionalInterface
    interface CardWork<T> {
        T run(ApduChannel channel) throws CardException, CardProblem;
    }
}
