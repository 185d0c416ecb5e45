package jp.kakanai.kiosk.app;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import jp.kakanai.kiosk.KioskJson;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The HTTP server of the kiosk's local apps (kiosk, desk): Jersey on the JDK server, bound to 127.0.0.1
 * only, strict JSON, clear errors for bad JSON, and no-store on every answer.
 */
final class LocalHttpServer implements AutoCloseable {
    private static final String SPRING_CONTEXT_LOCATION = "contextConfigLocation";

    private final HttpServer http;
    private final ExecutorService requests;

    private LocalHttpServer(HttpServer http, ExecutorService requests) {
        this.http = http;
        this.requests = requests;
    }

    /** The JSON and caching rules both apps share; each adds its own filters and resources. */
    static ResourceConfig api() {
        return new ResourceConfig()
                // Where jersey-spring6 is on the class path too (the server's tests run a kiosk in the
                // server's JVM), Jersey would build a Spring context from applicationContext.xml and fail;
                // a location pattern that matches no file gives it an empty one. Elsewhere it is ignored.
                .property(SPRING_CONTEXT_LOCATION, "classpath*:jp/kakanai/kiosk/app/no-spring-context-*.xml")
                .register(JacksonFeature.withoutExceptionMappers())
                .register(KioskJson.strictResolver())
                .register(new BadJsonMapper())
                .register(new NoStoreFilter())
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    /** Serves {@code api} on 127.0.0.1:{@code port} (0: any free port) with {@code threads} request threads. */
    static LocalHttpServer start(ResourceConfig api, int port, int threads, String threadName) {
        ExecutorService requests = Executors.newFixedThreadPool(threads, daemon(threadName));
        HttpServer http = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), api, false);
        http.setExecutor(requests);
        http.start();
        return new LocalHttpServer(http, requests);
    }

    int port() {
        return http.getAddress().getPort();
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        http.stop(0);
        requests.shutdownNow();
    }
}
