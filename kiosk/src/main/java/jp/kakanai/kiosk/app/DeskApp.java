package jp.kakanai.kiosk.app;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.card.IdCardReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

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
    private final LocalHttpServer http;
    private final URI url;

    private DeskApp(LocalHttpServer http) {
        this.http = http;
        this.url = URI.create("http://127.0.0.1:" + http.port());
    }

    /** Starts it; {@code demoReader} is the emulated reader of a demo desk (its card can be taken out and put back). */
    public static DeskApp start(DeskSettings settings, Supplier<TerminalFactory> terminals,
                                Optional<EmulatedReader> demoReader) {
        Objects.requireNonNull(settings, "settings");
        IdCardReader reader = new IdCardReader(terminals.get(), settings.readerName(), IdCardReader.DEFAULT_TIMEOUT);
        AtomicInteger port = new AtomicInteger(settings.port());
        ResourceConfig api = LocalHttpServer.api()
                .register(new DeskOriginFilter(settings.allowedOrigin(), port::get))
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(reader).to(IdCardReader.class);
                        demoReader.ifPresent(r -> bind(r).to(EmulatedReader.class));
                    }
                })
                .register(DeskCardResource.class);
        demoReader.ifPresent(r -> api.register(DemoCardResource.class));
        LocalHttpServer http = LocalHttpServer.start(api, settings.port(), 2, "desk-http");
        port.set(http.port());
        return new DeskApp(http);
    }

    /** Where the clerk's page finds the reader, e.g. {@code http://127.0.0.1:8091} (no trailing slash). */
    public URI url() {
        return url;
    }

    @Override
    public void close() {
        http.close();
    }
}
