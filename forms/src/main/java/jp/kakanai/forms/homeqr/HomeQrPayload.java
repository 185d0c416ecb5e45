package jp.kakanai.forms.homeqr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jp.kakanai.forms.resident.JapanDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Facts;
import jp.kakanai.forms.navigation.Household;
import jp.kakanai.forms.navigation.LifeEvent;
import jp.kakanai.forms.navigation.Resident;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.text.Redacted;

/**
 * What a resident prepares at home and brings to the kiosk as a QR code ({@link HomeQrCodec}): the life
 * event, the basic four facts (name, address, birth date, sex), the kana of the name if given, the
 * navigation answers, the household if it was asked (empty = not asked; an empty list = living alone),
 * the move if the resident gave it (異動日 and the new address, picked from the town's address master; format 2),
 * and when the code was made and stops being accepted.
 *
 * <p>Every value is checked here ({@link HomeQrLimits}), so a payload that exists always fits a QR code
 * and a decoded one is whole. Instants are kept to the second, as the code stores them. This is what
 * the resident <em>says</em>, like a paper form: the code carries no signature, and the clerk checks the
 * person's identity at the counter as for any declaration.
 */
public record HomeQrPayload(String lifeEvent, BasicFourInfo resident, Optional<String> kana, Answers answers,
                            Optional<List<HomeQrMember>> household, Instant createdAt, Instant expiresAt,
                            Optional<MoveFacts> move) {
    @Override
    public String toString() {
        return Redacted.record(this, "lifeEvent", "resident", "answers", "household", "createdAt", "expiresAt");
    }

    /** Birth dates are checked against the calendar day in Japan when the code was made. */

    public HomeQrPayload {
        if (lifeEvent == null) {
            throw new InvalidHomeQrPayloadException("lifeEvent", "This field is required.");
        }
        if (!lifeEvent.matches("[a-z0-9]+(-[a-z0-9]+)*") || lifeEvent.length() > 40) {
            throw new InvalidHomeQrPayloadException("lifeEvent", "A life event is the id of one in the town pack.");
        }
        if (createdAt == null || expiresAt == null) {
            throw new InvalidHomeQrPayloadException(createdAt == null ? "createdAt" : "expiresAt", "This field is required.");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
        expiresAt = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        if (!expiresAt.isAfter(createdAt) || Duration.between(createdAt, expiresAt).compareTo(HomeQrLimits.LONGEST_VALIDITY) > 0) {
            throw new InvalidHomeQrPayloadException("expiresAt",
                    "A code expires after it is made and within " + HomeQrLimits.LONGEST_VALIDITY.toDays() + " days.");
        }
        LocalDate madeOn = LocalDate.ofInstant(createdAt, JapanDay.ZONE);
        if (resident == null) {
            throw new InvalidHomeQrPayloadException("resident", "This field is required.");
        }
        HomeQrLimits.text(resident.name(), "resident.name", HomeQrLimits.NAME);
        HomeQrLimits.text(resident.address(), "resident.address", HomeQrLimits.ADDRESS);
        HomeQrLimits.birthDate(resident.birthDate(), "resident.birthDate", madeOn);
        kana = Objects.requireNonNull(kana, "kana").filter(k -> !k.isBlank())
                .map(k -> HomeQrLimits.text(k, "resident.kana", HomeQrLimits.KANA));
        answers = checked(Objects.requireNonNull(answers, "answers"));
        household = Objects.requireNonNull(household, "household").map(members -> checked(members, madeOn));
        move = Objects.requireNonNullElse(move, Optional.<MoveFacts>empty()).filter(m -> !m.isEmpty())
                .map(m -> checked(m, madeOn));
    }

    /** Without a move (format 1 codes, and events that are none). */
    public HomeQrPayload(String lifeEvent, BasicFourInfo resident, Optional<String> kana, Answers answers,
                         Optional<List<HomeQrMember>> household, Instant createdAt, Instant expiresAt) {
        this(lifeEvent, resident, kana, answers, household, createdAt, expiresAt, Optional.empty());
    }

    /** A payload made now, valid for {@code validFor}. */
    public static HomeQrPayload issue(String lifeEvent, BasicFourInfo resident, Optional<String> kana, Answers answers,
                                      Optional<List<HomeQrMember>> household, Instant now, Duration validFor) {
        return new HomeQrPayload(lifeEvent, resident, kana, answers, household, now, now.plus(validFor));
    }

    /** The same with a move (異動日, new address). */
    public HomeQrPayload withMove(MoveFacts facts) {
        return new HomeQrPayload(lifeEvent, resident, kana, answers, household, createdAt, expiresAt,
                Optional.ofNullable(facts));
    }

    /**
     * What the navigation knows from this code on {@code visitDate} (no card was read: the resident brought a
     * QR); {@code event} is the town pack's event of {@link #lifeEvent()}.
     */
    public Facts facts(LifeEvent event, LocalDate visitDate) {
        if (!event.id().equals(lifeEvent)) {
            throw new IllegalArgumentException("the code is about '" + lifeEvent + "', not '" + event.id() + "'");
        }
        return new Facts(event, visitDate, Resident.bornOn(resident.birthDate()),
                household.map(members -> new Household(members.stream().map(HomeQrMember::toHouseholdMember).toList())),
                answers);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    private static Answers checked(Answers answers) {
        if (answers.values().size() > HomeQrLimits.ANSWERS) {
            throw new InvalidHomeQrPayloadException("answers", "At most " + HomeQrLimits.ANSWERS + " answers.");
        }
        for (Map.Entry<String, String> answer : answers.values().entrySet()) {
            HomeQrLimits.answerToken(answer.getKey(), "answers");
            HomeQrLimits.answerToken(answer.getValue(), "answers." + answer.getKey());
        }
        return answers;
    }

    private static List<HomeQrMember> checked(List<HomeQrMember> members, LocalDate madeOn) {
        if (members.size() > HomeQrLimits.HOUSEHOLD) {
            throw new InvalidHomeQrPayloadException("household", "At most " + HomeQrLimits.HOUSEHOLD + " household members.");
        }
        for (int i = 0; i < members.size(); i++) {
            HomeQrMember member = Objects.requireNonNull(members.get(i), "household member");
            HomeQrLimits.birthDate(member.birthDate(), "household[" + i + "].birthDate", madeOn);
        }
        if (members.stream().filter(HomeQrMember::deceased).count() > 1) {
            throw new InvalidHomeQrPayloadException("household", "At most one household member can be the deceased.");
        }
        if (members.stream().filter(HomeQrMember::householder).count() > 1) {
            throw new InvalidHomeQrPayloadException("household", "At most one household member heads the household.");
        }
        return List.copyOf(members);
    }

    /** A move within a year of the day the code was made, its addresses within the code's limits. */
    private static MoveFacts checked(MoveFacts move, LocalDate madeOn) {
        move.date().filter(d -> d.isBefore(madeOn.minusYears(1)) || d.isAfter(madeOn.plusYears(1))).ifPresent(d -> {
            throw new InvalidHomeQrPayloadException("move.date", "The move is more than a year from today.");
        });
        move.newAddress().ifPresent(a -> checked(a, "move.newAddress"));
        move.previousAddress().ifPresent(a -> checked(a, "move.previousAddress"));
        return move;
    }

    private static void checked(Address address, String field) {
        address.text().ifPresent(t -> HomeQrLimits.text(t, field + ".text", HomeQrLimits.ADDRESS));
        address.building().ifPresent(b -> HomeQrLimits.text(b, field + ".building", HomeQrLimits.NAME));
        address.machiazaId().filter(id -> !id.matches("\\d{7}")).ifPresent(id -> {
            throw new InvalidHomeQrPayloadException(field + ".machiazaId", "A 町字 id is 7 digits.");
        });
        address.postcode().filter(p -> !p.matches("\\d{3}-?\\d{4}")).ifPresent(p -> {
            throw new InvalidHomeQrPayloadException(field + ".postcode", "A postcode is 7 digits.");
        });
        address.chiban().filter(c -> c.length() > 20).ifPresent(c -> {
            throw new InvalidHomeQrPayloadException(field + ".chiban", "A 地番 has at most 20 characters.");
        });
        for (Optional<Integer> number : List.of(address.chome(), address.block(), address.residence())) {
            number.filter(n -> n < 1 || n > 999).ifPresent(n -> {
                throw new InvalidHomeQrPayloadException(field, "丁目, 番 and 号 are numbers from 1 to 999.");
            });
        }
    }
}
