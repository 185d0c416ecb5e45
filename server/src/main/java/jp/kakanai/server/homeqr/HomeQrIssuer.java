package jp.kakanai.server.homeqr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrMember;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import jp.kakanai.forms.homeqr.InvalidHomeQrPayloadException;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Facts;
import jp.kakanai.forms.navigation.Household;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.navigation.Navigator;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.navigation.Resident;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.address.AddressCheck;
import jp.kakanai.server.address.AddressMaster;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.navigation.NavigationInput;
import jp.kakanai.server.navigation.NavigationResource;
import jp.kakanai.server.navigation.QuestionView;
import org.springframework.stereotype.Component;

/**
 * Makes the QR code a resident takes from the home page to the kiosk. Stateless by design: the entered
 * data passes through memory into the answer and nowhere else (no table, no log, no cache), so the server
 * keeps no personal data of people who have not come to the counter yet. Every refusal names the field.
 */
@Component
public class HomeQrIssuer {
    private static final int PNG_SIDE = 640;
    private final TownPacks packs;
    private final NavigationInput input;
    private final OfficeClock clock;
    private final HomeQrProperties properties;
    private final AddressMaster addresses;

    public HomeQrIssuer(TownPacks packs, NavigationInput input, OfficeClock clock, HomeQrProperties properties,
                        AddressMaster addresses) {
        this.packs = packs;
        this.addresses = addresses;
        this.input = input;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The code: {@code payload} is its text, {@code svg} and {@code png} data URLs of its image (SVG to show
     * at any size, PNG to save to the phone's photos), {@code qrVersion} its size (1–40).
     */
    public record IssuedHomeQr(String payload, Instant expiresAt, int qrVersion, String svg, String png) {
    }

    public IssuedHomeQr issue(HomeQrRequest request) {
        if (request == null) {
            throw ApiProblem.badField("lifeEvent", "The request body is empty.");
        }
        LocalDate today = clock.today();
        LifeEvent event = input.event(request.lifeEvent(), "lifeEvent");
        HomeQrRequest.ResidentEntry resident = Optional.ofNullable(request.resident())
                .orElseThrow(() -> ApiProblem.badField("resident", "This field is required."));
        if (resident.sex() == null) {
            throw ApiProblem.badField("resident.sex", "This field is required.");
        }
        LocalDate born = input.birthDate(resident.birthDate(), "resident.birthDate", today);
        Answers answers = input.answers(request.answers(), "answers");
        Optional<List<HomeQrMember>> household = members(request.household(), today);
        String name = required(resident.name(), "resident.name");
        String address = required(resident.address(), "resident.address");
        Optional<MoveFacts> move = move(request.move(), event, today);
        try {
            HomeQrPayload payload = HomeQrPayload.issue(event.id(), new BasicFourInfo(name, address, born, resident.sex()),
                    Optional.ofNullable(resident.kana()), answers, household, clock.now(), properties.validFor());
            payload = move.map(payload::withMove).orElse(payload);
            String text = HomeQrCodec.encode(payload);
            HomeQrSymbol symbol = HomeQrSymbol.of(text);
            return new IssuedHomeQr(text, payload.expiresAt(), symbol.version(),
                    dataUrl("image/svg+xml", symbol.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    dataUrl("image/png", symbol.png(Math.max(4, PNG_SIDE / symbol.size()))));
        } catch (InvalidHomeQrPayloadException e) {
            // Only the whole can be too big (no field of its own): the household is what makes it so.
            throw ApiProblem.badField(e.field() != null ? e.field() : "household", e.getMessage());
        }
    }

    /** The next questions worth asking, given what the resident has answered so far (no card is read at home). */
    public NavigationResource.Questions questions(HomeQrRequest.QuestionsRequest request) {
        if (request == null) {
            throw ApiProblem.badField("lifeEvent", "The request body is empty.");
        }
        LocalDate today = clock.today();
        LifeEvent event = input.event(request.lifeEvent(), "lifeEvent");
        Optional<LocalDate> born = Optional.ofNullable(request.birthDate()).map(b -> input.birthDate(b, "birthDate", today));
        Optional<Household> household = members(request.household(), today)
                .map(members -> new Household(members.stream().map(HomeQrMember::toHouseholdMember).toList()));
        Facts facts = new Facts(event, today, new Resident(born, false), household, input.answers(request.answers(), "answers"));
        Navigator navigator = packs.current().navigator();
        return new NavigationResource.Questions(event.id(), navigator.catalog().languages(),
                navigator.questionsFor(facts).stream().map(QuestionView::of).toList());
    }

    /**
     * The move, for an event that is one (or may be one by its answers): the date within a year, the new address
     * checked against the town's address master (composed as the forms print it) or kept as text.
     */
    private Optional<MoveFacts> move(HomeQrRequest.MoveEntry entry, LifeEvent event, LocalDate today) {
        if (entry == null || entry.date() == null && entry.newAddress() == null) {
            return Optional.empty();
        }
        if (event.move().isEmpty() && event.movesOnAnswer().isEmpty()) {
            throw ApiProblem.badField("move", "The life event '" + event.id() + "' is no move.");
        }
        Optional<LocalDate> date = Optional.ofNullable(entry.date());
        if (date.filter(d -> d.isBefore(today.minusYears(1)) || d.isAfter(today.plusYears(1))).isPresent()) {
            throw ApiProblem.badField("move.date", "The move is more than a year from today.");
        }
        Optional<Address> newAddress = Optional.ofNullable(entry.newAddress()).map(a -> {
            AddressCheck checked = addresses.check(a, "move.newAddress");
            if (checked instanceof AddressCheck.Rejected rejected) {
                throw ApiProblem.badField(rejected.field(), rejected.message());
            }
            return ((AddressCheck.Resolved) checked).address();
        });
        return Optional.of(new MoveFacts(date, newAddress, Optional.empty()));
    }

    private Optional<List<HomeQrMember>> members(List<HomeQrRequest.MemberEntry> entries, LocalDate today) {
        if (entries == null) {
            return Optional.empty();
        }
        List<HomeQrMember> members = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "household[" + i + "]";
            HomeQrRequest.MemberEntry entry = Optional.ofNullable(entries.get(i))
                    .orElseThrow(() -> ApiProblem.badField(at, "This field is required."));
            Relationship relationship = Optional.ofNullable(entry.relationship()).flatMap(Relationship::byId)
                    .orElseThrow(() -> ApiProblem.badField(at + ".relationship", "Relationship must be one of "
                            + Arrays.stream(Relationship.values()).map(Relationship::id).collect(Collectors.joining(", ")) + "."));
            LocalDate born = input.birthDate(entry.birthDate(), at + ".birthDate", today);
            try {
                members.add(new HomeQrMember(relationship, born, Boolean.TRUE.equals(entry.deceased()),
                        Optional.ofNullable(entry.name()).filter(n -> !n.isBlank()), Optional.ofNullable(entry.kana()),
                        Optional.ofNullable(entry.sex()), Boolean.TRUE.equals(entry.householder())));
            } catch (InvalidHomeQrPayloadException e) {
                throw ApiProblem.badField(e.within(at).field(), e.getMessage());
            }
        }
        return Optional.of(members);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badField(field, "This field is required.");
        }
        return value;
    }

    private static String dataUrl(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
