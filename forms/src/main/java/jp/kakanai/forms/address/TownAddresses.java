package jp.kakanai.forms.address;

import java.util.List;

/**
 * The town's address master as its town pack holds it ({@code addresses/machiaza.csv}): the town (地方公共団体コード
 * and name) and its 町字 in file order, abolished rows left out.
 *
 * @param name 都道府県 + 郡 + 市区町村 + 区: 静岡県下田市
 */
public record TownAddresses(String lgCode, String name, List<Machiaza> machiaza) {
    public TownAddresses {
        machiaza = List.copyOf(machiaza);
    }

    /** The 丁目 of a 大字・町 (its rows with the same first four digits and a 丁目), in order. */
    public List<Machiaza> chomeOf(Machiaza oaza) {
        if (oaza.oazaCho().isEmpty()) {
            return List.of();
        }
        return machiaza.stream().filter(m -> m.oazaId().equals(oaza.oazaId()) && m.chome().isPresent()).toList();
    }
}
