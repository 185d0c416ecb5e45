package jp.kakanai.forms.address;

import java.util.Optional;

/**
 * One 町字 of the town's address master, as a row of the Address Base Registry's 町字 data (mt_town): a 大字・町
 * ({@code chome} empty) or one of its 丁目. {@code residential}: 住居表示 is in force (addresses are 番 and 号);
 * otherwise they are 地番.
 *
 * @param id 7 digits: 4 for the 大字・町, 3 for the 丁目 ({@code 000} for none)
 */
public record Machiaza(String id, String oazaCho, String oazaChoKana, Optional<String> chome,
                       Optional<String> chomeKana, Optional<Integer> chomeNumber, boolean residential,
                       Optional<String> postcode) {

    /** The 4-digit part shared by a 大字・町 and its 丁目. */
    public String oazaId() {
        return id.substring(0, 4);
    }

    /** As the address prints it after the town's name: 東本郷一丁目, 白浜. */
    public String printed() {
        return oazaCho + chome.orElse("");
    }
}
