package jp.kakanai.forms.homeqr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * and when the code was made and stops being accepted.
 *
 * <p>Every value is checked here ({@link HomeQrLimits}), so a payload that exists always fits a QR code
 * and a decoded one is whole. Instants are kept to the second, as the code stores them. This is what
 * the resident <em>says</em>, like a paper form: the code carries no signature, and the clerk checks the
 * person's identity at the counter as for any declaration.
 */
public record HomeQrPayload(String lifeEvent, BasicFourInfo resident, Optional<String> kana, Answers answers,
                            Optional<List<HomeQrMember>> household, Instant createdAt, Instant expiresAt) {
    @Override
    public String toString() {
        return Redacted.record(this, "lifeEvent", "resident", "answers", "household", "createdAt", "expiresAt");
    }

    /** Birth dates are checked against the calendar day in Japan when the code was made. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

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
        LocalDate madeOn = LocalDate.ofInstant(createdAt, JAPAN);
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
    }

    /** A payload made now, valid for {@code validFor}. */
    public static HomeQrPayload issue(String lifeEvent, BasicFourInfo resident, Optional<String> kana, Answers answers,
                                      Optional<List<HomeQrMember>> household, Instant now, Duration validFor) {
        return new HomeQrPayload(lifeEvent, resident, kana, answers, household, now, now.plus(validFor));
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
        return List.copyOf(members);
    }
}
