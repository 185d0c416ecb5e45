package jp.kakanai.forms.checkin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * An address as the APIs carry it: either one of this town's, picked from its address master without writing
 * ({@code machiazaId} of the town's 町字 list, then 番 and 号 of 住居表示 or a 地番, and the building), or a
 * printable text (an address elsewhere: the card's, or one the clerk or a home QR gives). For a town address the
 * server composes the text from the master; a text sent with it is ignored.
 *
 * @param machiazaId the 町字 (7 digits, as in the Address Base Registry's 町字 data); with {@code chome} when it
 *                   names a 大字・町 whose 丁目 are listed separately
 * @param chome      the 丁目 number, for a {@code machiazaId} of a 大字・町 that has 丁目
 * @param block      住居表示: the 街区符号 (番)
 * @param residence  住居表示: the 住居番号 (号)
 * @param chiban     地番 areas: the 地番 ({@code 2011} or {@code 2011-3})
 * @param building   the building and room ({@code かかないハイツ101号室}), printed after the number
 */
public record Address(Optional<String> text, Optional<String> postcode, Optional<String> machiazaId,
                      Optional<Integer> chome, Optional<Integer> block, Optional<Integer> residence,
                      Optional<String> chiban, Optional<String> building) {
    @Override
    public String toString() {
        return Redacted.record(this, "machiazaId");
    }

    public Address {
        text = blankless(text);
        postcode = blankless(postcode);
        machiazaId = blankless(machiazaId);
        chome = Objects.requireNonNullElse(chome, Optional.empty());
        block = Objects.requireNonNullElse(block, Optional.empty());
        residence = Objects.requireNonNullElse(residence, Optional.empty());
        chiban = blankless(chiban);
        building = blankless(building);
    }

    /** An address given as text (outside the town, or the card's). */
    public static Address text(String text) {
        return new Address(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A 住居表示 address of the town: 町字, 番, 号, building. */
    public static Address inTown(String machiazaId, int block, int residence, String building) {
        return new Address(Optional.empty(), Optional.empty(), Optional.of(machiazaId), Optional.empty(),
                Optional.of(block), Optional.of(residence), Optional.empty(), Optional.ofNullable(building));
    }

    /** A 地番 address of the town: 町字, 地番, building. */
    public static Address parcelInTown(String machiazaId, String chiban, String building) {
        return new Address(Optional.empty(), Optional.empty(), Optional.of(machiazaId), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(chiban), Optional.ofNullable(building));
    }

    public Address withPostcode(String value) {
        return new Address(text, Optional.ofNullable(value), machiazaId, chome, block, residence, chiban, building);
    }

    public Address withText(String value) {
        return new Address(Optional.ofNullable(value), postcode, machiazaId, chome, block, residence, chiban, building);
    }

    /** Whether it names a place in the town's address master (else it is only text). */
    @JsonIgnore
    public boolean isInTown() {
        return machiazaId.isPresent();
    }

    private static Optional<String> blankless(Optional<String> value) {
        return Objects.requireNonNullElse(value, Optional.<String>empty()).filter(v -> !v.isBlank());
    }
}
