package jp.kakanai.server.townpack;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kakanai.forms.pack.TownPack;

/**
 * The texts of one screen in one language ({@code messages/<screen>/<language>.json}), joined with the names
 * that have their own file — {@code lifeEvent.<id>.name}, {@code lifeEvent.<id>.choice},
 * {@code department.<id>.name}, {@code counter.<id>.name} — so a screen reads every text from one map and
 * each text still has one source.
 */
public record ScreenMessages(String screen, String language, String packHash, Map<String, String> messages) {

    static Optional<ScreenMessages> of(TownPack pack, String screen, String language) {
        return pack.messages().of(screen, language).map(own -> {
            Map<String, String> all = new TreeMap<>(own);
            pack.catalog().lifeEvents().forEach(e -> {
                all.put("lifeEvent." + e.id() + ".name", e.name().in(language));
                all.put("lifeEvent." + e.id() + ".choice", e.choice().in(language));
            });
            pack.catalog().departments().forEach(d -> {
                all.put("department." + d.id() + ".name", d.name().in(language));
                d.counters().forEach(c -> all.put("counter." + c.id() + ".name", c.name().in(language)));
            });
            return new ScreenMessages(screen, language, pack.hash(), all);
        });
    }
}
