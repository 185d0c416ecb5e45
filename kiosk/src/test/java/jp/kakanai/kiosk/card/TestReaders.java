package jp.kakanai.kiosk.card;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kakanai.kiosk.card.emulated.ApduCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;

/** Emulated readers and misbehaving cards for the card tests. */
final class TestReaders {
    private TestReaders() {
    }

    /** One emulated reader named "Reader A" holding the card. */
    static EmulatedReaders withCard(ApduCard card) {
        EmulatedReaders readers = new EmulatedReaders();
        readers.addReader("Reader A").insert(card);
        return readers;
    }

    static IdCardReader reader(EmulatedReaders readers) {
        return new IdCardReader(readers.terminalFactory(), Optional.empty(), Duration.ofSeconds(5));
    }

    static char[] pin(String digits) {
        return digits.toCharArray();
    }

    /** A card that is pulled out of its reader while answering its n-th command. */
    static ApduCard pulledAtCommand(ApduCard card, int n, EmulatedReader reader) {
        AtomicInteger count = new AtomicInteger();
        return new Delegating(card) {
            @Override
            public byte[] process(byte[] command) {
                if (count.incrementAndGet() == n) {
                    reader.remove();
                }
                return super.process(command);
            }
        };
    }

    /** A card that runs {@code pull} (e.g. closing its vpcd connection) while answering its n-th command. */
    static ApduCard closingAtCommand(ApduCard card, int n, Runnable pull) {
        AtomicInteger count = new AtomicInteger();
        return new Delegating(card) {
            @Override
            public byte[] process(byte[] command) {
                if (count.incrementAndGet() == n) {
                    pull.run();
                }
                return super.process(command);
            }
        };
    }

    /** A card that stops answering at its n-th command until {@code release} counts down. */
    static ApduCard silentFromCommand(ApduCard card, int n, CountDownLatch release) {
        AtomicInteger count = new AtomicInteger();
        return new Delegating(card) {
            @Override
            public byte[] process(byte[] command) {
                if (count.incrementAndGet() >= n) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.process(command);
            }
        };
    }

    static class Delegating implements ApduCard {
        private final ApduCard card;

        Delegating(ApduCard card) {
            this.card = card;
        }

        @Override
        public byte[] atr() {
            return card.atr();
        }

        @Override
        public byte[] process(byte[] command) {
            return card.process(command);
        }

        @Override
        public void reset() {
            card.reset();
        }
    }
}
