package jp.kakanai.server.machine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kakanai.forms.pack.TicketPurpose;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The ticket machine's purposes, from {@code queue/ticket-purposes.json} of the town pack version in force
 * (town data: what a town's machine offers is decided there, not in code; a manager's switch changes the
 * buttons without a restart). The file is read and checked with the rest of the pack (forms' {@code QueueFiles}:
 * a broken one stops the start-up or refuses the upload, and {@code forms.jar validate-pack} finds it offline).
 */
@Component
public class TicketPurposes {
    private final Supplier<List<TicketPurpose>> purposes;

    @Autowired
    public TicketPurposes(TownPacks packs) {
        this.purposes = () -> packs.current().pack().ticketPurposes();
    }

    /** The purposes of one fixed pack (tests, tools). */
    TicketPurposes(TownPack pack) {
        this.purposes = pack::ticketPurposes;
    }

    public List<TicketPurpose> all() {
        return purposes.get();
    }

    public Optional<TicketPurpose> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
