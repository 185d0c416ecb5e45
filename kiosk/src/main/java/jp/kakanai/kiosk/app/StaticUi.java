package jp.kakanai.kiosk.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The resident's touch UI: the files under {@code kiosk-ui/} on the class path, served as they are (no
 * build step, no CDN: the kiosk works without internet).
 */
@Path("/")
public final class StaticUi {
    static final String ROOT = "kiosk-ui/";
    /** File names only: letters, digits, '-', '_', '.', and one directory level; no '..'. */
    private static final Pattern SAFE = Pattern.compile("([a-z0-9_-]+/)?[a-z0-9_-]+\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "ico", "image/x-icon");

    @GET
    public Response index() {
        return file("index.html");
    }

    @GET
    @Path("{file: [^/]+(/[^/]+)?}")
    public Response file(@PathParam("file") String file) {
        if (!SAFE.matcher(file).matches()) {
            throw new NotFoundException();
        }
        String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = StaticUi.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(in.readAllBytes(), type).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
