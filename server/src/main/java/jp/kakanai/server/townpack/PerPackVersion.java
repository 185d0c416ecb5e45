package jp.kakanai.server.townpack;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.kakanai.forms.pack.TownPack;

/**
 * What the server reads from one file of the town pack, following the version in force: read again only when
 * another version is put in force (by this server or, within a second, by another one — {@link TownPacks#follow}),
 * otherwise answered from the last reading. The versions are checked ({@link TownPackCheck}) before they can be
 * in force, so a reading here does not fail on a stored version.
 */
public final class PerPackVersion<T> implements Supplier<T> {
    private final Supplier<TownPacks.InForce> inForce;
    private final Function<TownPack, T> read;
    private final AtomicReference<Reading<T>> last = new AtomicReference<>();

    private record Reading<T>(int version, T value) {
    }

    public PerPackVersion(TownPacks packs, Function<TownPack, T> read) {
        this.inForce = packs::current;
        this.read = read;
    }

    /** The reading of the version in force. */
    @Override
    public T get() {
        TownPacks.InForce now = inForce.get();
        Reading<T> known = last.get();
        if (known != null && known.version() == now.version()) {
            return known.value();
        }
        Reading<T> next = new Reading<>(now.version(), read.apply(now.pack()));
        last.set(next);
        return next.value();
    }
}
