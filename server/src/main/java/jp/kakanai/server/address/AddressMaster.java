package jp.kakanai.server.address;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import jp.kakanai.forms.address.Machiaza;
import jp.kakanai.forms.address.TownAddresses;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.pack.MachiazaFileReader;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The town's own addresses (its 町字, each with 住居表示 or 地番), from the town pack version in force (its
 * {@value #FILE}, read and checked with the pack by {@link MachiazaFileReader}): what the kiosk's address picker and
 * the interview offer, and the check of an address picked from them. An address of the town is stored and printed
 * as the master composes it ({@code 静岡県下田市東本郷一丁目5番18号}); an address elsewhere is kept as text. A new pack
 * version with a changed list is in force for the next request (docs/journeys.md, docs/town-pack.md).
 */
@Component
public class AddressMaster {
    /** Where the town pack keeps its 町字 list. */
    public static final String FILE = MachiazaFileReader.FILE;
    static final int MAX_TEXT = 200;
    static final int MAX_BUILDING = 60;
    private static final Pattern CHIBAN = Pattern.compile("[1-9]\\d{0,4}(-[1-9]\\d{0,3}){0,2}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{7}");
    private final Supplier<TownAddresses> town;

    /** The addresses of the town pack version in force. */
    @Autowired
    public AddressMaster(TownPacks packs) {
        this(() -> packs.current().pack().addresses());
    }

    /** The addresses of one pack (tools and tests). */
    public AddressMaster(TownPack pack) {
        this(pack::addresses);
    }

    private AddressMaster(Supplier<TownAddresses> town) {
        this.town = town;
    }

    /** A master over a 町字 file alone; {@link IllegalStateException} listing every mistake with its line. */
    public static AddressMaster of(String fileName, String csv) {
        List<FileProblem> problems = new ArrayList<>();
        TownAddresses town = MachiazaFileReader.read(fileName, csv, problems).orElseThrow(() -> new IllegalStateException(
                "Invalid town address file:\n" + String.join("\n", problems.stream().map(FileProblem::toString).toList())));
        return new AddressMaster(() -> town);
    }

    public String lgCode() {
        return town.get().lgCode();
    }

    /** 都道府県 + 郡 + 市区町村 + 区: 静岡県下田市. */
    public String townName() {
        return town.get().name();
    }

    public List<Machiaza> machiaza() {
        return town.get().machiaza();
    }

    /** The 丁目 of a 大字・町 (its rows with the same first four digits and a 丁目), in order. */
    public List<Machiaza> chomeOf(Machiaza oaza) {
        return town.get().chomeOf(oaza);
    }

    /**
     * Checks an address given at {@code field} ({@code event.move.newAddress}): a town address against the master
     * (the 町字 exists, 丁目 where it has them, 番 and 号 under 住居表示 or a 地番 otherwise) and composes its text
     * and postcode; a text address is kept as it is (with its postcode, if any, normalised).
     */
    public AddressCheck check(Address address, String field) {
        if (address.machiazaId().isEmpty()) {
            return checkText(address, field);
        }
        TownAddresses town = this.town.get();
        Optional<Machiaza> found = town.machiaza().stream().filter(m -> m.id().equals(address.machiazaId().get()))
                .findFirst();
        if (found.isEmpty()) {
            return new AddressCheck.Rejected(field + ".machiazaId", "この町字（" + address.machiazaId().get()
                    + "）は" + town.name() + "の住所にありません。一覧から選んでください。");
        }
        Machiaza row = found.get();
        List<Machiaza> chome = town.chomeOf(row);
        if (row.chome().isEmpty() && !chome.isEmpty()) {
            if (address.chome().isEmpty()) {
                return new AddressCheck.Rejected(field + ".chome", row.oazaCho() + "の何丁目かを選んでください。");
            }
            int wanted = address.chome().get();
            Optional<Machiaza> picked = chome.stream().filter(c -> c.chomeNumber().orElse(-1) == wanted).findFirst();
            if (picked.isEmpty()) {
                return new AddressCheck.Rejected(field + ".chome", row.oazaCho() + "に" + wanted + "丁目はありません（"
                        + chome.stream().map(c -> c.chome().orElseThrow()).reduce((a, b) -> a + "・" + b).orElse("")
                        + "）。");
            }
            row = picked.get();
        } else if (address.chome().isPresent() && !address.chome().equals(row.chomeNumber())) {
            return new AddressCheck.Rejected(field + ".chome", row.printed() + "に" + address.chome().get()
                    + "丁目はありません。");
        }
        return row.residential() ? residential(town, row, address, field) : parcel(town, row, address, field);
    }

    private static AddressCheck residential(TownAddresses town, Machiaza row, Address address, String field) {
        if (address.chiban().isPresent()) {
            return new AddressCheck.Rejected(field + ".chiban", row.printed() + "は住居表示の地区です。番と号を選んでください。");
        }
        if (address.block().filter(AddressMaster::inRange).isEmpty()) {
            return new AddressCheck.Rejected(field + ".block", "番（街区の番号、1〜999）を選んでください。");
        }
        if (address.residence().filter(AddressMaster::inRange).isEmpty()) {
            return new AddressCheck.Rejected(field + ".residence", "号（住居の番号、1〜999）を選んでください。");
        }
        String number = address.block().get() + "番" + address.residence().get() + "号";
        return resolved(town, row, address, number, field);
    }

    private static AddressCheck parcel(TownAddresses town, Machiaza row, Address address, String field) {
        if (address.block().isPresent() || address.residence().isPresent()) {
            return new AddressCheck.Rejected(field + ".block", row.printed() + "は地番の地区です。地番を入力してください。");
        }
        String chiban = address.chiban().map(c -> Normalizer.normalize(c, Normalizer.Form.NFKC).replaceAll("[‐－ー−の]", "-"))
                .orElse("");
        if (!CHIBAN.matcher(chiban).matches()) {
            return new AddressCheck.Rejected(field + ".chiban", "地番は「2011」や「2011-3」のように数字で入力してください。");
        }
        String[] parts = chiban.split("-");
        StringBuilder number = new StringBuilder(parts[0]).append("番地");
        for (int i = 1; i < parts.length; i++) {
            number.append(i == 1 ? "" : "の").append(parts[i]);
        }
        return resolved(town, row, new Address(address.text(), address.postcode(), address.machiazaId(), address.chome(),
                Optional.empty(), Optional.empty(), Optional.of(chiban), address.building()), number.toString(), field);
    }

    private static AddressCheck resolved(TownAddresses town, Machiaza row, Address address, String number, String field) {
        Optional<String> building = address.building().map(String::strip);
        if (building.isPresent()) {
            Optional<String> problem = textProblem(building.get(), MAX_BUILDING, "建物名・部屋番号");
            if (problem.isPresent()) {
                return new AddressCheck.Rejected(field + ".building", problem.get());
            }
        }
        String text = town.name() + row.printed() + number + building.map(b -> " " + b).orElse("");
        Optional<String> postcode = row.postcode().map(p -> p.substring(0, 3) + "-" + p.substring(3));
        return new AddressCheck.Resolved(new Address(Optional.of(text), postcode, Optional.of(row.id()),
                row.chomeNumber(), address.block(), address.residence(), address.chiban(), building));
    }

    private static AddressCheck checkText(Address address, String field) {
        if (address.chome().isPresent() || address.block().isPresent() || address.residence().isPresent()
                || address.chiban().isPresent()) {
            return new AddressCheck.Rejected(field + ".machiazaId", "丁目・番・号・地番は町字（machiazaId）と一緒に送ってください。");
        }
        if (address.text().isEmpty()) {
            return new AddressCheck.Rejected(field + ".text", "住所を入力するか、一覧から町字を選んでください。");
        }
        String text = address.text().get().strip();
        Optional<String> problem = textProblem(text, MAX_TEXT, "住所");
        if (problem.isPresent()) {
            return new AddressCheck.Rejected(field + ".text", problem.get());
        }
        Optional<String> postcode = Optional.empty();
        if (address.postcode().isPresent()) {
            String digits = Normalizer.normalize(address.postcode().get(), Normalizer.Form.NFKC).replaceAll("[\\s〒\\-‐－ー−]", "");
            if (!POSTCODE.matcher(digits).matches()) {
                return new AddressCheck.Rejected(field + ".postcode", "郵便番号は7桁の数字で入力してください（例: 415-0021）。");
            }
            postcode = Optional.of(digits.substring(0, 3) + "-" + digits.substring(3));
        }
        return new AddressCheck.Resolved(new Address(Optional.of(text), postcode, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private static Optional<String> textProblem(String text, int max, String what) {
        if (text.codePointCount(0, text.length()) > max) {
            return Optional.of(what + "は" + max + "文字までです。");
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            return Optional.of(what + "に改行やタブなどの制御文字は使えません。");
        }
        return Optional.empty();
    }

    private static boolean inRange(int number) {
        return number >= 1 && number <= 999;
    }
}
