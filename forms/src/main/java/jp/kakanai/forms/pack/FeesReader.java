package jp.kakanai.forms.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.json.JsonReading;
import jp.kakanai.forms.json.LocatedJson;
import jp.kakanai.forms.navigation.LocalizedText;
import jp.kakanai.forms.navigation.TextLanguages;
import jp.kakanai.forms.navigation.Texts;

/** Reads {@code fees.json}: fees are whole yen, never negative; a certificate's form is one of the pack. */
final class FeesReader {
    static final String FILE = "fees.json";
    private final JsonReading reading;
    private final List<String> languages;
    private final Set<String> formIds;

    FeesReader(JsonReading reading, List<String> languages, Set<String> formIds) {
        this.reading = reading;
        this.languages = languages;
        this.formIds = formIds;
    }

    Optional<FeeTable> read(LocatedJson.Obj root) {
        if (!reading.properties(root, Set.of("currency", "certificates"), Set.of(), FILE)) {
            return Optional.empty();
        }
        Optional<String> currency = reading.string(root, "currency").filter(c -> {
            if (!c.equals("JPY")) {
                reading.problem(root.lineOf("currency"), "fees are in yen: \"currency\": \"JPY\"");
            }
            return c.equals("JPY");
        });
        List<FeeTable.Certificate> certificates = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        reading.eachObject(root, "certificates", "a certificate", node -> certificate(node)
                .filter(c -> reading.unique("certificate", c.id(), node, seen)).ifPresent(certificates::add));
        return currency.map(c -> new FeeTable(c, certificates));
    }

    private Optional<FeeTable.Certificate> certificate(LocatedJson.Obj node) {
        if (!reading.properties(node, Set.of("id", "name", "fee", "per"), Set.of("form", "exempt"), "a certificate")) {
            return Optional.empty();
        }
        Optional<String> id = reading.id(node, "id");
        Optional<LocalizedText> name = Texts.read(reading, node, "name", TextLanguages.all(languages, LocalizedText.EASY_JAPANESE));
        Optional<Integer> fee = reading.wholeNumber(node.members().get("fee"), "the fee (yen)").filter(f -> {
            if (f < 0) {
                reading.problem(node.lineOf("fee"), "a fee is 0 yen or more, not " + f);
            }
            return f >= 0;
        });
        Optional<FeeTable.Per> per = reading.string(node, "per").flatMap(p -> {
            Optional<FeeTable.Per> found = FeeTable.Per.byId(p);
            if (found.isEmpty()) {
                reading.problem(node.lineOf("per"), "per '" + p + "' is not one of copy, page, request");
            }
            return found;
        });
        Optional<String> form = reading.string(node, "form").filter(f -> {
            if (!formIds.contains(f)) {
                reading.problem(node.lineOf("form"), "unknown form id '" + f + "' (no forms/" + f + ".json in the pack)");
            }
            return formIds.contains(f);
        });
        List<FeeTable.Exemption> exempt = new ArrayList<>();
        reading.eachObject(node, "exempt", "an exemption", e -> {
            if (reading.properties(e, Set.of("id", "reason"), Set.of(), "an exemption")) {
                Optional<String> exemptionId = reading.id(e, "id");
                Optional<LocalizedText> reason = Texts.read(reading, e, "reason", TextLanguages.clerk(languages));
                if (exemptionId.isPresent() && reason.isPresent()) {
                    exempt.add(new FeeTable.Exemption(exemptionId.get(), reason.get()));
                }
            }
        });
        if (id.isEmpty() || name.isEmpty() || fee.isEmpty() || per.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FeeTable.Certificate(id.get(), name.get(), fee.get(), per.get(), form, exempt));
    }
}
