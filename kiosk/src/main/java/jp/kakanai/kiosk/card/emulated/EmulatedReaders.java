package jp.kakanai.kiosk.card.emulated;

import java.security.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * Card readers inside this JVM, seen through the ordinary {@code javax.smartcardio} API by way of an
 * own {@link Provider}: {@code readers.terminalFactory()} is a {@link TerminalFactory} like the PC/SC
 * one. Tests and the demo kiosk add readers, insert and remove {@link ApduCard}s, and unplug and plug
 * readers; {@link CardTerminals#waitForChange(long)} wakes on each of these.
 *
 * <pre>{@code
 * EmulatedReaders readers = new EmulatedReaders();
 * EmulatedReader reader = readers.addReader("Kiosk reader");
 * reader.insert(DemoCards.myNumberCard());
 * TerminalFactory factory = readers.terminalFactory();
 * }</pre>
 */
public final class EmulatedReaders {
    static final String TYPE = "Emulated";

    private final Object lock = new Object();
    private final List<EmulatedReader> readers = new ArrayList<>();
    private final Provider provider = new EmulatedProvider(this);

    /** Adds a plugged-in, empty reader. */
    public EmulatedReader addReader(String name) {
        synchronized (lock) {
            if (reader(name).isPresent()) {
                throw new IllegalArgumentException("a reader named '" + name + "' exists already");
            }
            EmulatedReader r = new EmulatedReader(name, this);
            readers.add(r);
            changed();
            return r;
        }
    }

    /** The reader of that name, plugged in or not. */
    public Optional<EmulatedReader> reader(String name) {
        synchronized (lock) {
            return readers.stream().filter(r -> r.getName().equals(name)).findFirst();
        }
    }

    /** A terminal factory over these readers, as {@code TerminalFactory.getInstance(...)} makes it. */
    public TerminalFactory terminalFactory() {
        try {
            return TerminalFactory.getInstance(TYPE, null, provider);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the emulated card provider did not register", e);
        }
    }

    Object lock() {
        return lock;
    }

    /** Wakes every waiter after a card or reader change; caller holds the lock. */
    void changed() {
        lock.notifyAll();
    }

    /** Plugged-in readers. Caller holds the lock. */
    List<CardTerminal> plugged() {
        return new ArrayList<>(readers.stream().filter(EmulatedReader::plugged).toList());
    }

    /** Reader name to card presence, for plugged-in readers. Caller holds the lock. */
    Map<String, Boolean> presence() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (EmulatedReader r : readers) {
            if (r.plugged()) {
                m.put(r.getName(), r.isCardPresentLocked());
            }
        }
        return m;
    }

    private static final class EmulatedProvider extends Provider {
        private static final long serialVersionUID = 1L;

        EmulatedProvider(EmulatedReaders readers) {
            super("KakanaiEmulatedCards", "1.0", "Kakanai: card readers emulated inside the JVM");
            putService(new Service(this, "TerminalFactory", TYPE, Spi.class.getName(), null, null) {
                @Override
                public Object newInstance(Object parameter) {
                    return new Spi(readers);
                }
            });
        }
    }

    private static final class Spi extends TerminalFactorySpi {
        private final EmulatedReaders readers;

        Spi(EmulatedReaders readers) {
            this.readers = readers;
        }

        @Override
        protected CardTerminals engineTerminals() {
            return new EmulatedCardTerminals(readers);
        }
    }
}
