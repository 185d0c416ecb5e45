package jp.kakanai.server.interview;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.Member;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.navigation.ProcedureCatalog;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.address.AddressCheck;
import jp.kakanai.server.address.AddressMaster;
import jp.kakanai.forms.text.TextProblem;
import jp.kakanai.server.interview.InterviewRequests.MemberEntry;
import jp.kakanai.server.interview.InterviewRequests.MoveEntry;
import jp.kakanai.server.interview.InterviewRequests.ResidentEntry;

/**
 * Checks what the clerk typed, field by field, and collects every mistake with a plain Japanese sentence:
 * フリガナ only in kana, real dates (和暦 welcome), a postcode of the address's prefecture, a phone number of
 * 10 or 11 digits. Names and addresses are kept exactly as typed (only surrounding spaces go): even Unicode
 * normalisation would change some people's names.
 */
final class EntryRules {
    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int MAX_MEMBERS = 20;
    private final PostcodeTable postcodes;
    private final AddressMaster addresses;
    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    EntryRules(PostcodeTable postcodes, AddressMaster addresses, LocalDate today) {
        this.postcodes = postcodes;
        this.addresses = addresses;
        this.today = today;
    }

    /** Throws {@link InvalidEntry} with every mistake found so far, if there is any. */
    void throwIfRejected() {
        if (!errors.isEmpty()) {
            throw new InvalidEntry(errors);
        }
    }

    void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    LifeEvent lifeEvent(String id, ProcedureCatalog catalog) {
        Optional<LifeEvent> event = catalog.lifeEvent(id);
        if (event.isEmpty()) {
            reject("lifeEvent", "届出の種類（転入・転出など）を選んでください。");
        }
        return event.orElse(null);
    }

    /** The resident; {@code kanaRequired} when typed by hand (a card has no フリガナ, so it may come later). */
    ResidentFacts resident(ResidentEntry entry, String at, boolean kanaRequired) {
        if (entry == null) {
            reject(at, "来庁者の情報がありません。");
            return null;
        }
        String name = text(at + ".name", entry.name(), MAX_NAME, true, "氏名");
        Optional<String> kana = kana(at + ".kana", entry.kana(), kanaRequired);
        LocalDate born = birthDate(at + ".birthDate", entry.birthDate());
        Sex sex = sex(at + ".sex", entry.sex());
        String address = text(at + ".address", entry.address(), MAX_ADDRESS, true, "住所");
        Optional<String> postcode = postcode(at + ".postcode", entry.postcode());
        if (postcode.isPresent() && address != null) {
            postcodeMatchesAddress(at, postcode.get(), address);
        }
        Optional<String> phone = phone(at + ".phone", entry.phone());
        if (name == null || born == null || sex == null || address == null) {
            return null;
        }
        return new ResidentFacts(new BasicFourInfo(name, address, born, sex), kana, postcode, phone);
    }

    List<Member> members(List<MemberEntry> entries) {
        List<Member> members = members0(entries);
        if (members.stream().filter(Member::isDeceased).count() > 1) {
            reject("members", "亡くなった方は一人だけ選んでください。");
        }
        if (members.stream().filter(Member::isHouseholder).count() > 1) {
            reject("members", "世帯主は一人だけです。");
        }
        return members;
    }

    private List<Member> members0(List<MemberEntry> entries) {
        if (entries == null) {
            return List.of();
        }
        if (entries.size() > MAX_MEMBERS) {
            reject("members", "世帯員は" + MAX_MEMBERS + "人までです。");
            return List.of();
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "members[" + i + "]";
            MemberEntry entry = entries.get(i);
            if (entry == null) {
                reject(at, "世帯員の情報がありません。");
                continue;
            }
            // Name, kana and sex may still be unknown (a kiosk's household): the forms leave them to the clerk.
            Optional<String> name = Optional.ofNullable(text(at + ".name", entry.name(), MAX_NAME, false, "氏名"));
            Optional<String> kana = kana(at + ".kana", entry.kana(), false);
            LocalDate born = birthDate(at + ".birthDate", entry.birthDate());
            Optional<Sex> sex = entry.sex() == null || entry.sex().isBlank() || "0".equals(entry.sex())
                    ? Optional.empty() : Optional.ofNullable(sex(at + ".sex", entry.sex()));
            Optional<Relationship> relationship = Optional.ofNullable(entry.relationship()).flatMap(Relationship::byId);
            if (relationship.isEmpty()) {
                reject(at + ".relationship", "続柄を選んでください。");
            }
            Optional<String> kinship = Optional.ofNullable(text(at + ".kinship", entry.kinship(), 20, false, "続柄"));
            if (born != null && relationship.isPresent()) {
                members.add(new Member(relationship.get().id(), born, sex, name, kana, entry.deceased(),
                        entry.householder(), kinship));
            }
        }
        return members;
    }

    /**
     * The move: its date and addresses, a town address checked against the master. The body before issue 13 gave
     * one {@code otherAddress}: the previous address on a move-in (the resident's own being the new one), the new
     * one otherwise; it is read that way when neither address of the new body is given.
     */
    MoveFacts move(MoveEntry entry, LifeEvent event, String residentAddress) {
        if (entry == null) {
            return MoveFacts.none();
        }
        Optional<LocalDate> date = date("move.date", entry.date(), "異動日");
        Optional<String> other = Optional.ofNullable(text("move.otherAddress", entry.otherAddress(), MAX_ADDRESS, false, "住所"));
        Optional<Address> newAddress = Optional.ofNullable(entry.newAddress()).flatMap(a -> address(a, "move.newAddress"));
        Optional<Address> previous = Optional.ofNullable(entry.previousAddress()).flatMap(a -> address(a, "move.previousAddress"));
        boolean movingIn = event.move().filter(m -> m == LifeEvent.Move.IN).isPresent();
        if (other.isPresent() && movingIn && previous.isEmpty()) {
            previous = Optional.of(Address.text(other.get()));
            if (newAddress.isEmpty() && residentAddress != null) {
                // The body before issue 13: a typed move-in's own address was the new one.
                newAddress = Optional.of(Address.text(residentAddress));
            }
        } else if (other.isPresent() && !movingIn && newAddress.isEmpty()) {
            newAddress = Optional.of(Address.text(other.get()));
        }
        return new MoveFacts(date, newAddress, previous);
    }

    /** A date of the event (異動日, 出生日, 死亡日), as typed: within a year of today. */
    Optional<LocalDate> date(String field, String typed, String what) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        BirthDateText.Result result = BirthDateText.parse(typed, what);
        if (result instanceof BirthDateText.NotADate notADate) {
            reject(field, notADate.message());
        } else if (result instanceof BirthDateText.Date d) {
            if (d.date().isBefore(today.minusYears(1)) || d.date().isAfter(today.plusYears(1))) {
                reject(field, what + "は今日の前後1年以内の日付にしてください。");
            } else {
                return Optional.of(d.date());
            }
        }
        return Optional.empty();
    }

    private Optional<Address> address(Address address, String field) {
        AddressCheck result = addresses.check(address, field);
        if (result instanceof AddressCheck.Rejected rejected) {
            reject(rejected.field(), rejected.message());
            return Optional.empty();
        }
        return Optional.of(((AddressCheck.Resolved) result).address());
    }

    Optional<String> householderName(String typed) {
        return Optional.ofNullable(text("householderName", typed, MAX_NAME, false, "世帯主の氏名"));
    }

    /**
     * Free text: surrounding spaces removed, nothing else changed; null when empty (or wrong): too long, a
     * control character, or nothing visible. Lone surrogates and bidirectional controls never get this far
     * (the API's JSON refuses them in any field).
     */
    String text(String field, String typed, int max, boolean required, String what) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (required) {
                reject(field, what + "を入力してください。");
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            reject(field, what + "は" + max + "文字までです。");
            return null;
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            reject(field, what + "に改行やタブなどの制御文字は使えません。");
            return null;
        }
        if (!TextProblem.hasVisibleCharacter(text)) {
            // Spaces of other kinds, fillers and format characters only: printed, the box would stay blank.
            reject(field, what + "に見える文字がありません（空白や見えない文字だけです）。");
            return null;
        }
        return text;
    }

    private Optional<String> kana(String field, String typed, boolean required) {
        if ((typed == null || typed.isBlank()) && !required) {
            return Optional.empty();
        }
        KanaText.Result result = KanaText.check(typed == null ? "" : typed);
        if (result instanceof KanaText.NotKana notKana) {
            reject(field, notKana.message());
            return Optional.empty();
        }
        return Optional.of(((KanaText.Kana) result).katakana());
    }

    private LocalDate birthDate(String field, String typed) {
        BirthDateText.Result result = BirthDateText.birthDate(typed == null ? "" : typed, today, "生年月日");
        if (result instanceof BirthDateText.NotADate notADate) {
            reject(field, notADate.message());
            return null;
        }
        return ((BirthDateText.Date) result).date();
    }

    private Sex sex(String field, String code) {
        if ("1".equals(code)) {
            return Sex.MALE;
        }
        if ("2".equals(code)) {
            return Sex.FEMALE;
        }
        if ("9".equals(code)) {
            // ISO 5218 "not applicable", as a My Number Card may carry it: kept as the card says.
            return Sex.NOT_APPLICABLE;
        }
        // "0" (not known: a driver's licence has no sex) or nothing chosen: the clerk asks.
        reject(field, "性別を選んでください。");
        return null;
    }

    private Optional<String> postcode(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String digits = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s〒\\-‐－ー−]", "");
        if (!digits.matches("\\d{7}")) {
            reject(field, "郵便番号は7桁の数字で入力してください（例: 100-0013）。");
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3));
    }

    private void postcodeMatchesAddress(String at, String postcode, String address) {
        Optional<String> prefecture = Prefectures.of(address);
        if (prefecture.isEmpty()) {
            reject(at + ".address", "住所は都道府県名から入力してください（郵便番号と照らし合わせます）。");
            return;
        }
        Set<String> ofPostcode = postcodes.prefecturesOf(postcode);
        if (ofPostcode.isEmpty()) {
            reject(at + ".postcode", "郵便番号 " + postcode + " はありません（" + postcode.substring(0, 3)
                    + " で始まる郵便番号はありません）。");
        } else if (!ofPostcode.contains(prefecture.get())) {
            reject(at + ".postcode", "郵便番号 " + postcode + " は" + String.join("または", ofPostcode.stream().sorted().toList())
                    + "の番号です。住所（" + prefecture.get() + "）と合っていません。");
        }
    }

    private Optional<String> phone(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String phone = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("[‐－ー−]", "-");
        long digits = phone.chars().filter(Character::isDigit).count();
        if (!phone.matches("[0-9()\\- ]+") || digits < 10 || digits > 11) {
            reject(field, "電話番号は10桁か11桁の数字で入力してください（例: 03-1234-5678）。");
            return Optional.empty();
        }
        return Optional.of(phone);
    }
}
