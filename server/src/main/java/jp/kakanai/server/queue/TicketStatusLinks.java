package jp.kakanai.server.queue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a resident's phone follows a ticket: {@code <kakanai.public-url>/board/ticket.html?t=A-012}. Only a
 * town knows an address that phones in its hall can reach (the Wi-Fi, a public host name), so without
 * {@code kakanai.public-url} there is no link and the ticket carries no QR code.
 */
@Component
public class TicketStatusLinks {
    private final Optional<String> base;

    public TicketStatusLinks(@Value("${kakanai.public-url:}") String publicUrl) {
        String trimmed = publicUrl.strip().replaceAll("/+$", "");
        if (!trimmed.isEmpty()) {
            URI uri = URI.create(trimmed);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("Kakanai configuration: kakanai.public-url must be an http(s) URL"
                        + " that residents' phones can open, not '" + publicUrl + "'");
            }
        }
        this.base = Optional.of(trimmed).filter(s -> !s.isEmpty());
    }

    public Optional<String> of(String ticketNumber) {
        return base.map(b -> b + "/board/ticket.html?t=" + URLEncoder.encode(ticketNumber, StandardCharsets.UTF_8));
    }
}
