package jp.kakanai.forms.pack;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.kakanai.forms.address.TownAddresses;
import jp.kakanai.forms.definition.FormCatalog;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.navigation.Navigator;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.render.CoverTexts;

/**
 * Everything a town decides, read and validated as one: forms, procedures and their rules, questions, life
 * events, departments with walking order and counters, message files, the fee table, the cover sheet's
 * wording, the town's address master and the queue's files: the ticket machine's buttons and what residents can
 * book (docs/town-pack.md). Immutable; {@code hash} is the SHA-256 of its files, so a visit or a printed
 * form can name exactly the pack that made it.
 *
 * @param forms the forms, their department printed by name
 */
public record TownPack(String hash, DataFiles files, TownManifest manifest, ProcedureCatalog catalog,
                       FormCatalog forms, List<FormAnswer> formAnswers, Messages messages, FeeTable fees,
                       CoverTexts coverTexts, TownAddresses addresses, List<TicketPurpose> ticketPurposes,
                       ReservationSettings reservations) {
    public TownPack {
        formAnswers = List.copyOf(formAnswers);
        ticketPurposes = List.copyOf(ticketPurposes);
    }

    /** The sample town built into the jar (used when {@code kakanai.town-pack} is not set). */
    public static TownPack sample() {
        return Sample.PACK;
    }

    private static final class Sample {
        static final TownPack PACK = TownPackLoader.load(DataFiles.sample());
    }

    /** A navigator over this pack's catalog. */
    public Navigator navigator(Clock clock) {
        return new Navigator(catalog, clock);
    }

    /** Department id → Japanese name, as forms and staff pages print them. */
    public Map<String, String> departmentNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        catalog.departments().forEach(d -> names.put(d.id(), d.name().ja()));
        return names;
    }
}
