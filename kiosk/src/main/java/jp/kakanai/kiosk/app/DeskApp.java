package jp.kakanai.kiosk.app;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.KioskJson;
import jp.kakanai.kiosk.card.IdCardReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The kiosk program on a clerk's desk (desk mode): the card reader of the counter PC, for the counter
 * interview page of the Kakanai server open in the clerk's browser on the same PC. It offers the kiosk's
 * card endpoints ({@code GET /api/card/status}, {@code GET /api/card/tries}, {@code POST /api/card/read})
 * with the kiosk's card code and PIN rules, on 127.0.0.1 only, to the server's origin only (CORS), and
 * keeps nothing: no touch UI, no session, no check-in (the clerk's page starts the visit).
 *
 * <pre>{@code
 * try (DeskApp desk = DeskApp.start(new DeskSettings("http://kakanai:8080", 8091, Optional.empty()),
 *         SystemTerminals::pcsc, Optional.empty())) { ... }
 * }</pre>
 */
public final class DeskApp implements AutoCloseable {
    private static final String SPRING_CONTEXT_LOCATION = "contextConfigLocation";
    private final HttpServer http;
    private final ExecutorService requests;
    private final URI url;

    private DeskApp(HttpServer http, ExecutorService requests) {
        this.http = http;
        this.requests = requests;
        this.url = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** Starts it; {@code demoReader} is the emulated reader of a demo desk (its card can be taken out and put back). */
    public static DeskApp start(DeskSettings settings, Supplier<TerminalFactory> terminals,
                                Optional<EmulatedReader> demoReader) {
        Objects.requireNonNull(settings, "settings");
        IdCardReader reader = new IdCardReader(terminals.get(), settings.readerName(), IdCardReader.DEFAULT_TIMEOUT);
        AtomicInteger port = new AtomicInteger(settings.port());
        ResourceConfig api = new ResourceConfig()
                // As in KioskApp: an empty Spring context where the server's jersey-spring6 is on the class path.
                .property(SPRING_CONTEXT_LOCATION, "classpath*:jp/kakanai/kiosk/app/no-spring-context-*.xml")
                .register(JacksonFeature.withoutExceptionMappers())
                .register(KioskJson.strictResolver())
                .register(new BadJsonMapper())
                .register(new DeskOriginFilter(settings.allowedOrigin(), port::get))
                .register(new NoStoreFilter())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(reader).to(IdCardReader.class);
                        demoReader.ifPresent(r -> bind(r).to(EmulatedReader.class));
                    }
                })
                .register(DeskCardResource.class);
        demoReader.ifPresent(r -> api.register(DemoCardResource.class));
        ExecutorService requests = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "desk-http");
            t.setDaemon(true);
            return t;
        });
        HttpServer http = JdkHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + settings.port() + "/"), api, false);
        http.setExecutor(requests);
        http.start();
        port.set(http.getAddress().getPort());
        return new DeskApp(http, requests);
    }

    /** Where the clerk's page finds the reader, e.g. {@code http://127.0.0.1:8091} (no trailing slash). */
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        http.stop(0);
        requests.shutdownNow();
    }
}
