package jp.kakanai.server.queue;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.springframework.stereotype.Component;

/**
 * Before any API call, outside its transaction: the past office days are closed first (see
 * {@link DayClosing}), so the first call of a new day — a check-in, "call next", the board — never sees
 * yesterday's tickets. One comparison when nothing is due.
 */
@Component
@PreMatching
public class DayClosingFilter implements ContainerRequestFilter {
    private final DayClosing closing;

    public DayClosingFilter(DayClosing closing) {
        this.closing = closing;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        closing.closeDue();
    }
}
