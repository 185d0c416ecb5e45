package jp.kakanai.kiosk.card;

import java.util.List;
import java.util.Optional;

/** What the readers hold at one moment: every connected reader and whether a card is in it. */
public record CardPresence(List<Reader> readers) {
    public CardPresence {
        readers = List.copyOf(readers);
    }

    /** One connected reader. */
    public record Reader(String name, boolean cardPresent) {
    }

    public static CardPresence none() {
        return new CardPresence(List.of());
    }

    public boolean anyReader() {
        return !readers.isEmpty();
    }

    /** The reader that {@link IdCardReader} would use: the named one if given, else the first with a card. */
    public Optional<String> readerWithCard(Optional<String> configured) {
        return readers.stream()
                .filter(Reader::cardPresent)
                .map(Reader::name)
                .filter(n -> configured.isEmpty() || configured.get().equals(n))
                .findFirst();
    }

    public boolean cardPresent(Optional<String> configured) {
        return readerWithCard(configured).isPresent();
    }
}
