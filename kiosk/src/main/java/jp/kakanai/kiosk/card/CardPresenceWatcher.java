package jp.kakanai.kiosk.card;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * Watches readers and cards on a background thread and tells subscribers of every change: a card
 * put on or taken off, a reader unplugged or plugged in again. The kiosk UI subscribes to move
 * from "put your card on the reader" to the PIN pad, and back, without a restart.
 *
 * <p>It waits with {@link CardTerminals#waitForChange(long)} in slices of {@code poll}: the PC/SC
 * implementation neither notices a reader plugged in while it waits nor waits at all with no reader
 * (it throws), so each slice lists the readers again, and with none it sleeps one slice. After an
 * error the terminal list is made afresh from {@code factories}.
 *
 * <pre>{@code
 * CardPresenceWatcher watcher = CardPresenceWatcher.start(SystemTerminals::pcsc, Duration.ofMillis(500));
 * watcher.subscribe(presence -> ui.cardPresent(presence.cardPresent(Optional.empty())));
 * ...
 * watcher.close();
 * }</pre>
 */
public final class CardPresenceWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CardPresenceWatcher.class.getName());

    private final Supplier<TerminalFactory> factories;
    private final Duration poll;
    private final List<Consumer<CardPresence>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile CardPresence current = CardPresence.none();
    private volatile boolean running = true;

    private CardPresenceWatcher(Supplier<TerminalFactory> factories, Duration poll) {
        this.factories = Objects.requireNonNull(factories);
        this.poll = Objects.requireNonNull(poll);
        this.thread = new Thread(this::watch, "card-presence-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching. {@code factories} gives the terminal factory, again after an error
     * (e.g. {@code SystemTerminals::pcsc}, or {@code () -> readers.terminalFactory()} for emulated ones).
     */
    public static CardPresenceWatcher start(Supplier<TerminalFactory> factories, Duration poll) {
        CardPresenceWatcher w = new CardPresenceWatcher(factories, poll);
        w.current = w.snapshotOrNone(null);
        w.thread.start();
        return w;
    }

    /** Calls {@code subscriber} now with the current state, then on the watcher thread after each change. */
    public void subscribe(Consumer<CardPresence> subscriber) {
        subscribers.add(subscriber);
        deliver(subscriber, current);
    }

    public void unsubscribe(Consumer<CardPresence> subscriber) {
        subscribers.remove(subscriber);
    }

    /** The state as last seen. */
    public CardPresence current() {
        return current;
    }

    private void watch() {
        CardTerminals terminals = null;
        while (running) {
            try {
                if (terminals == null) {
                    terminals = factories.get().terminals();
                }
                publish(snapshot(terminals));
                if (current.anyReader()) {
                    terminals.waitForChange(poll.toMillis());
                } else {
                    Thread.sleep(poll.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (CardException | RuntimeException e) {
                // No reader left mid-wait (IllegalStateException), reader gone, service restarted.
                terminals = null;
                publish(snapshotOrNone(null));
                sleepQuietly();
            }
        }
    }

    private CardPresence snapshotOrNone(CardTerminals terminals) {
        try {
            return snapshot(terminals != null ? terminals : factories.get().terminals());
        } catch (CardException | RuntimeException e) {
            return CardPresence.none();
        }
    }

    private static CardPresence snapshot(CardTerminals terminals) throws CardException {
        List<CardPresence.Reader> readers = new ArrayList<>();
        for (CardTerminal t : terminals.list()) {
            readers.add(new CardPresence.Reader(t.getName(), TerminalChoice.present(t)));
        }
        return new CardPresence(readers);
    }

    private void publish(CardPresence presence) {
        if (presence.equals(current)) {
            return;
        }
        current = presence;
        for (Consumer<CardPresence> s : subscribers) {
            deliver(s, presence);
        }
    }

    private static void deliver(Consumer<CardPresence> subscriber, CardPresence presence) {
        try {
            subscriber.accept(presence);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a card presence subscriber failed", e);
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops watching; returns when the watcher thread has ended (at most about one poll). */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Math.max(1000, 2 * poll.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
