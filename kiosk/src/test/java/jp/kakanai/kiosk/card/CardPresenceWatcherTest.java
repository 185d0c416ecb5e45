package jp.kakanai.kiosk.card;

import static jp.kakanai.kiosk.card.TestReaders.pin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class CardPresenceWatcherTest {
    private static final Duration POLL = Duration.ofMillis(50);
    private final EmulatedReaders readers = new EmulatedReaders();
    private final BlockingQueue<CardPresence> events = new LinkedBlockingQueue<>();
    private CardPresenceWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void watch() {
        watcher = CardPresenceWatcher.start(readers::terminalFactory, POLL);
        watcher.subscribe(events::add);
    }

    /** Waits for the first event that matches; earlier ones are passed over. */
    private CardPresence awaitEvent(Predicate<CardPresence> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            CardPresence p = events.poll(100, TimeUnit.MILLISECONDS);
            if (p != null && wanted.test(p)) {
                return p;
            }
        }
        throw new AssertionError("no matching card presence event within 5 s; now " + watcher.current());
    }

    @Test
    void aSubscriberHearsTheCurrentStateAtOnce() throws Exception {
        readers.addReader("Reader A").insert(DemoCards.myNumberCard());
        watch();
        assertThat(events.poll(1, TimeUnit.SECONDS))
                .isEqualTo(new CardPresence(List.of(new CardPresence.Reader("Reader A", true))));
    }

    @Test
    void cardsPutOnAndTakenOffAreReported() throws Exception {
        EmulatedReader reader = readers.addReader("Reader A");
        watch();
        awaitEvent(p -> p.anyReader() && !p.cardPresent(Optional.empty()));

        reader.insert(DemoCards.myNumberCard());
        assertThat(awaitEvent(p -> p.cardPresent(Optional.empty())).readerWithCard(Optional.empty()))
                .contains("Reader A");
        reader.remove();
        awaitEvent(p -> p.anyReader() && !p.cardPresent(Optional.empty()));
    }

    @Test
    void aReaderUnpluggedAndPluggedInAgainIsDetectedAndReadingRecoversWithoutRestart() throws Exception {
        EmulatedReader reader = readers.addReader("Reader A");
        reader.insert(DemoCards.myNumberCard());
        IdCardReader cardReader = TestReaders.reader(readers);
        watch();
        awaitEvent(p -> p.cardPresent(Optional.empty()));

        reader.unplug();
        awaitEvent(p -> !p.anyReader());
        assertThat(cardReader.readBasicFour(pin("1234"))).isInstanceOf(CardError.NoReader.class);

        reader.plugIn();
        awaitEvent(p -> p.cardPresent(Optional.empty()));
        assertThat(cardReader.readBasicFour(pin("1234"))).isInstanceOf(CardReadResult.Read.class);
    }

    @Test
    void aReaderPluggedInWhileNoneWasThereIsFound() throws Exception {
        watch();
        awaitEvent(p -> !p.anyReader());
        readers.addReader("Late reader").insert(DemoCards.myNumberCard());
        assertThat(awaitEvent(CardPresence::anyReader).readerWithCard(Optional.of("Late reader"))).isPresent();
    }

    @Test
    void severalReadersAreReportedAndTheConfiguredOneIsRespected() throws Exception {
        readers.addReader("Reader A");
        readers.addReader("Reader B").insert(DemoCards.myNumberCard());
        watch();
        CardPresence p = awaitEvent(x -> x.readers().size() == 2);
        assertThat(p.readerWithCard(Optional.empty())).contains("Reader B");
        assertThat(p.readerWithCard(Optional.of("Reader A"))).isEmpty();
    }

    @Test
    void aFailingTerminalServiceIsRetried() throws Exception {
        readers.addReader("Reader A").insert(DemoCards.myNumberCard());
        AtomicInteger calls = new AtomicInteger();
        watcher = CardPresenceWatcher.start(() -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("service not up yet");
            }
            return readers.terminalFactory();
        }, POLL);
        watcher.subscribe(events::add);
        awaitEvent(p -> p.cardPresent(Optional.empty()));
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthers() throws Exception {
        EmulatedReader reader = readers.addReader("Reader A");
        watcher = CardPresenceWatcher.start(readers::terminalFactory, POLL);
        watcher.subscribe(p -> {
            throw new IllegalStateException("UI bug");
        });
        watcher.subscribe(events::add);
        reader.insert(DemoCards.myNumberCard());
        awaitEvent(p -> p.cardPresent(Optional.empty()));
    }
}
