package jp.kakanai.kiosk.app;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.CardPresence;
import jp.kakanai.kiosk.card.CardPresenceWatcher;
import jp.kakanai.kiosk.card.IdCardReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.checkin.AddressClient;
import jp.kakanai.kiosk.checkin.CheckInClient;
import jp.kakanai.kiosk.checkin.ReservationClient;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.help.HelpTicketClient;
import jp.kakanai.kiosk.metrics.MetricsOutbox;
import jp.kakanai.kiosk.metrics.SessionMetrics;
import jp.kakanai.kiosk.town.TownTexts;
import jp.kakanai.kiosk.repeat.RepeatVisitClient;
import jp.kakanai.kiosk.hours.OfficeHoursResource;
import jp.kakanai.kiosk.hours.ReceptionHours;
import jp.kakanai.kiosk.machine.MachineResource;
import jp.kakanai.kiosk.machine.TicketMachineClient;
import jp.kakanai.kiosk.navigation.NavigationClient;
import jp.kakanai.kiosk.qr.QrResource;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The kiosk program's app: the resident's touch UI and its local JSON API on 127.0.0.1 only (the
 * browser on the same PC uses it; nothing on the network can), between the card reader and the server.
 *
 * <pre>{@code
 * try (KioskApp kiosk = KioskApp.start(settings, SystemTerminals::pcsc, Optional.empty())) {
 *     System.out.println("open " + kiosk.url());
 * }
 * }</pre>
 */
public final class KioskApp implements AutoCloseable {
    private static final Duration CARD_POLL = Duration.ofMillis(250);
    /**
     * The JDK's HTTP server writes a response's head and body separately; with Nagle's algorithm on, the
     * body waits for the browser's delayed ACK of the head: 40 ms added to every call (measured: 44 ms per
     * local API call without it, see docs/kiosk.md). The property is read once per JVM, when the first
     * JDK HTTP server starts, so it is also set first thing in {@code KioskMain}.
     */
    public static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    /** Jersey's logger that warns about resource instances as if they were providers. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
        // The QR resource is registered as an instance (it is built with the session's consumer); Jersey then
        // warns that "the provider ... will be ignored", though it serves the resource. Only that one
        // misleading line about the kiosk's own classes is dropped; every other warning stays.
        JERSEY_PROVIDERS.setFilter(record -> {
            Object[] parameters = record.getParameters();
            String subject = parameters != null && parameters.length > 0 ? String.valueOf(parameters[0]) : "";
            String text = String.valueOf(record.getMessage()) + " " + subject;
            return !(text.contains("jp.kakanai.kiosk.") && text.contains("will be ignored"));
        });
    }
    private final LocalHttpServer http;
    private final ScheduledExecutorService idleTimer;
    private final CardPresenceWatcher watcher;
    private final Consumer<CardPresence> subscriber;
    private final ServerEndpoint server;
    private final KioskFlow flow;
    private final MetricsOutbox outbox;
    private final TownTexts texts;
    private final URI url;

    private KioskApp(LocalHttpServer http, ScheduledExecutorService idleTimer,
                     CardPresenceWatcher watcher, Consumer<CardPresence> subscriber, ServerEndpoint server,
                     KioskFlow flow, MetricsOutbox outbox, TownTexts texts) {
        this.http = http;
        this.idleTimer = idleTimer;
        this.watcher = watcher;
        this.subscriber = subscriber;
        this.server = server;
        this.flow = flow;
        this.outbox = outbox;
        this.texts = texts;
        this.url = URI.create("http://127.0.0.1:" + http.port() + "/");
    }

    /**
     * Starts the kiosk. {@code terminals} gives the card readers (again after a PC/SC error);
     * {@code demoReader} is the emulated reader of a demo kiosk, whose card the page can take out and
     * put back (empty on a real kiosk).
     */
    public static KioskApp start(KioskSettings settings, Supplier<TerminalFactory> terminals,
                                 Optional<EmulatedReader> demoReader) {
        Objects.requireNonNull(settings, "settings");
        KioskSession session = new KioskSession(Clock.systemUTC(), settings.idleTimeout());
        IdCardReader reader = new IdCardReader(terminals.get(), settings.readerName(), IdCardReader.DEFAULT_TIMEOUT);
        ServerEndpoint server = new ServerEndpoint(settings.server(), settings.deviceToken());
        KioskFlow flow = new KioskFlow(session, reader, new CheckInClient(server), new NavigationClient(server),
                new AddressClient(server), settings.readerName());
        MetricsOutbox outbox = new MetricsOutbox(server);
        SessionMeter metrics = new SessionMeter(session, new SessionMetrics(Clock.systemUTC(), outbox));
        TownTexts texts = new TownTexts(server).start();
        ReceptionHours hours = new ReceptionHours(server, Clock.systemUTC());
        CardPresenceWatcher watcher = CardPresenceWatcher.start(terminals, CARD_POLL);
        Consumer<CardPresence> subscriber = flow.cards()::presenceChanged;

        AtomicInteger port = new AtomicInteger(settings.port());
        ResourceConfig api = LocalHttpServer.api()
                .register(new LocalOnlyFilter(port::get))
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(flow).to(KioskFlow.class);
                        bind(metrics).to(SessionMeter.class);
                        bind(texts).to(TownTexts.class);
                        bind(hours).to(ReceptionHours.class);
                        bind(new HelpTickets(session, new HelpTicketClient(server))).to(HelpTickets.class);
                        bind(new RepeatCheckIns(flow, new RepeatVisitClient(server))).to(RepeatCheckIns.class);
                        bind(new CardWatch(() -> watcher.current().cardPresent(settings.readerName()),
                                demoReader.isPresent())).to(CardWatch.class);
                        demoReader.ifPresent(r -> bind(r).to(EmulatedReader.class));
                    }
                })
                .register(StaticUi.class)
                .register(CardResource.class)
                .register(SessionResource.class)
                .register(VisitResource.class)
                .register(HelpResource.class)
                .register(MetricsResource.class)
                .register(TextsResource.class)
                .register(new QrResource(flow.questions()::acceptHomeQr,
                        new ReservationScans(session, new ReservationClient(server))::accept, Clock.systemUTC()))
                .register(new MachineResource(new TicketMachineClient(server)))
                .register(new OfficeHoursResource(hours));
        demoReader.ifPresent(r -> api.register(DemoCardResource.class));

        ScheduledExecutorService idleTimer = Executors.newSingleThreadScheduledExecutor(LocalHttpServer.daemon("kiosk-idle"));
        LocalHttpServer http = LocalHttpServer.start(api, settings.port(), 4, "kiosk-http");
        port.set(http.port());
        watcher.subscribe(subscriber);
        idleTimer.scheduleWithFixedDelay(() -> {
            flow.expireIfIdle();
            metrics.tick();
        }, 250, 250, TimeUnit.MILLISECONDS);
        return new KioskApp(http, idleTimer, watcher, subscriber, server, flow, outbox, texts);
    }

    /** The page to open in the kiosk browser. */
    public URI url() {
        return url;
    }

    public int port() {
        return http.port();
    }

    /** The resident's session (tests look at it to see that data was wiped). */
    public KioskSession session() {
        return flow.session();
    }

    @Override
    public void close() {
        watcher.unsubscribe(subscriber);
        watcher.close();
        idleTimer.shutdownNow();
        http.close();
        outbox.close();
        texts.close();
        server.close();
        flow.close();
        flow.session().wipe(ResetReason.RESIDENT);
    }
}
