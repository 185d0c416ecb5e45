package jp.kakanai.server.townpack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.pack.InvalidTownPackException;
import jp.kakanai.forms.navigation.Navigator;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.pack.TownPackLoader;
import jp.kakanai.forms.render.FormRenderer;
import jp.kakanai.server.OfficeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The town pack versions the server works with. The version in force is the last one activated in the
 * database: every server reads it each second ({@link #follow()}), so servers sharing one PostgreSQL switch
 * together. A visit keeps the version it was started on ({@code visit_town_pack}): its checklist, forms and
 * print never change under a clerk's hands. A version is validated whole before it is stored, and swapped
 * in at once (one reference), so a request sees the old pack or the new one, never a mix.
 */
@Service
@DependsOnDatabaseInitialization
public class TownPacks {
    private static final Logger LOG = LoggerFactory.getLogger(TownPacks.class);
    /** Versions kept parsed besides the one in force (visits started on older ones are few and short). */
    private static final int LOADED = 8;

    /** One version ready to work: its pack, a navigator and a renderer over it (fonts shared with all). */
    public record InForce(int version, TownPack pack, Navigator navigator, FormRenderer renderer) {
        public String sha256() {
            return pack.hash();
        }
    }

    private final TownPackStore store;
    private final FormRenderer fonts;
    private final OfficeClock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<Integer, InForce> loaded = new ConcurrentHashMap<>();
    private final AtomicReference<InForce> current = new AtomicReference<>();

    TownPacks(TownPackStore store, TownPack startPack, FormRenderer fonts, OfficeClock clock,
              PlatformTransactionManager transactions,
              ApplicationEventPublisher events) {
        this.store = store;
        this.fonts = fonts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        int active = store.active().orElseGet(() -> seed(startPack));
        InForce inForce = load(active);
        current.set(inForce);
        if (!inForce.sha256().equals(startPack.hash())) {
            LOG.warn("The database's town pack version {} (sha256 {}) is in force, not the configured one (sha256 {}):"
                    + " after the first start, a town pack changes by upload or restore (docs/town-pack.md)",
                    active, inForce.sha256(), startPack.hash());
        }
    }

    /** On an empty database, the start-up pack becomes version 1 (two servers starting at once: one wins). */
    private int seed(TownPack pack) {
        try {
            return transaction.execute(status -> {
                PackVersion version = new PackVersion(1, pack.hash(), pack.manifest().town().ja(), PackVersion.SEED,
                        Optional.of("the pack the first server started with"), clock.now(), "system");
                store.insert(version, pack.files());
                store.activate(1, clock.now(), "system");
                return 1;
            });
        } catch (DuplicateKeyException e) {
            return store.active().orElseThrow(() -> e);
        }
    }

    /** The version in force now (new visits, the kiosk's questions, the public texts). */
    public InForce current() {
        return current.get();
    }

    /** The version a visit was started on; a visit from before versions were recorded gets the one in force. */
    public InForce forVisit(String visitId) {
        return store.versionOfVisit(visitId).map(this::version).orElseGet(this::current);
    }

    /** Records the version in force as the visit's, in the check-in's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public InForce startVisit(String visitId) {
        InForce inForce = current();
        store.recordVisit(visitId, inForce.version(), inForce.sha256());
        return inForce;
    }

    /** Records that a visit's forms were printed, with the version and hash that laid them out. */
    public void recordPrint(String visitId, List<String> formIds, InForce inForce, String staff) {
        store.recordPrint(visitId, formIds, inForce.version(), inForce.sha256(), clock.now(), staff);
    }

    /** A stored version, parsed and checked by this program. */
    public InForce version(int version) {
        InForce inForce = loaded.get(version);
        if (inForce != null) {
            return inForce;
        }
        return load(version);
    }

    private InForce load(int version) {
        TownPack pack = TownPackLoader.load(store.files(version));
        InForce inForce = new InForce(version, pack, pack.navigator(clock.inOfficeZone()),
                fonts.withCatalog(pack.forms(), "town pack " + version + " sha256:" + pack.hash()));
        if (loaded.size() >= LOADED) {
            InForce now = current.get();
            loaded.keySet().removeIf(v -> now == null || v != now.version());
        }
        loaded.put(version, inForce);
        return inForce;
    }

    /** Follows the version in force in the database (another server may have switched it). */
    @Scheduled(initialDelayString = "${kakanai.town-pack-refresh:PT1S}", fixedDelayString = "${kakanai.town-pack-refresh:PT1S}")
    public void follow() {
        store.active().filter(v -> v != current().version()).ifPresent(this::switchTo);
    }

    void switchTo(int version) {
        InForce next = version(version);
        InForce before = current.getAndSet(next);
        if (before == null || before.version() != version) {
            LOG.info("Town pack version {} (sha256 {}) is in force, was version {}", version, next.sha256(),
                    before == null ? "none" : before.version());
            events.publishEvent(new Switched(version));
        }
    }

    /** Another version is in force on this server now (parts that keep rows per department make them here). */
    public record Switched(int version) {
    }

    /**
     * Stores a new version and puts it in force.
     *
     * @throws InvalidTownPackException with every problem; nothing is stored then
     */
    public PackVersion add(DataFiles files, String source, Optional<String> note, String by) {
        TownPack pack = TownPackLoader.load(files);
        PackVersion stored;
        try {
            stored = store(pack, files, source, note, by);
        } catch (DuplicateKeyException e) {
            // Another server took the number at the same moment: the next one is free.
            stored = store(pack, files, source, note, by);
        }
        switchTo(stored.version());
        return stored;
    }

    private PackVersion store(TownPack pack, DataFiles files, String source, Optional<String> note, String by) {
        return transaction.execute(status -> {
            PackVersion version = new PackVersion(store.nextVersion(), pack.hash(), pack.manifest().town().ja(), source,
                    note, clock.now(), by);
            store.insert(version, files);
            store.activate(version.version(), clock.now(), by);
            return version;
        });
    }

    /**
     * Puts a stored version back in force (checked again by this program first).
     *
     * @throws InvalidTownPackException when this program finds the stored version wrong; nothing changes then
     */
    public PackVersion activate(int version, String by) {
        PackVersion stored = store.version(version).orElseThrow(() -> new UnknownVersion(version));
        version(version); // parsed and checked by this program: InvalidTownPackException with every problem
        transaction.executeWithoutResult(status -> store.activate(version, clock.now(), by));
        switchTo(version);
        return stored;
    }

    public List<PackVersion> versions() {
        return store.versions();
    }

    public DataFiles files(int version) {
        store.version(version).orElseThrow(() -> new UnknownVersion(version));
        return store.files(version);
    }

    /** No stored version has this number. */
    public static final class UnknownVersion extends RuntimeException {
        UnknownVersion(int version) {
            super("No town pack version " + version + " is stored.");
        }
    }
}
