package jp.kakanai.server.townpack;

import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.pack.TownManifest;
import jp.kakanai.forms.pack.TownPack;

/**
 * {@code GET /api/town}: what every screen needs to know of the town pack in force — its version, the
 * languages in the kiosk's order, the life events with their attributes, the departments with their counters.
 * Names carry every language of the pack ({@code easy} with its {漢字|かんじ} markup for the client to render).
 */
public record TownView(LocalizedText town, String hash, List<TownManifest.Language> languages,
                       List<LifeEventEntry> lifeEvents, List<DepartmentEntry> departments) {

    public record LifeEventEntry(String id, LocalizedText name, LocalizedText choice, Optional<String> move,
                                 boolean deceasedMember, boolean newborn) {
    }

    public record CounterEntry(String id, LocalizedText name) {
    }

    public record DepartmentEntry(String id, LocalizedText name, int walkingOrder, List<CounterEntry> counters,
                                  Optional<String> ticketPrefix) {
    }

    static TownView of(TownPack pack) {
        return new TownView(pack.manifest().town(), pack.hash(), pack.manifest().languages(),
                pack.catalog().lifeEvents().stream().map(e -> new LifeEventEntry(e.id(), e.name(), e.choice(),
                        e.move().map(m -> m.id()), e.deceasedMember(), e.newborn())).toList(),
                pack.catalog().departments().stream().map(d -> new DepartmentEntry(d.id(), d.name(), d.walkingOrder(),
                        d.counters().stream().map(c -> new CounterEntry(c.id(), c.name())).toList(), d.ticketPrefix()))
                        .toList());
    }
}
