package jp.kakanai.forms.homeqr;

import static jp.kakanai.forms.homeqr.HomeQrPayloads.MADE;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.TWO_WEEKS;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.familyOfSeven;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.single;
import static jp.kakanai.forms.homeqr.HomeQrPayloads.withName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.render.BackOfficeData;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import org.junit.jupiter.api.Test;

class HomeQrCodecTest {
    private static final Instant AT_THE_KIOSK = MADE.plus(java.time.Duration.ofDays(3));

    @Test
    void aCodeReadsBackAsTheWholePayload() {
        HomeQrPayload family = familyOfSeven();

        String text = HomeQrCodec.encode(family);

        assertThat(text).startsWith("KKN1:").matches("KKN1:[0-9A-Z $%*+\\-./:]+");
        assertThat(HomeQrCodec.decode(text, AT_THE_KIOSK)).isEqualTo(new HomeQrReading.Valid(family));
    }

    @Test
    void aMoveAndTheHouseholderTravelInFormatTwoAndReadBackWhole() {
        HomeQrPayload plain = familyOfSeven();
        List<HomeQrMember> members = new java.util.ArrayList<>(plain.household().orElseThrow());
        members.set(0, members.get(0).asHouseholder());
        var newHome = new jp.kakanai.forms.checkin.Address(Optional.of("静岡県下田市東本郷一丁目5番18号 ヤマダハイツ201"),
                Optional.of("415-0035"), Optional.of("0027001"), Optional.empty(), Optional.of(5), Optional.of(18),
                Optional.empty(), Optional.of("ヤマダハイツ201"));
        var parcel = jp.kakanai.forms.checkin.Address.parcelInTown("0013000", "2732-7", null);
        HomeQrPayload moving = new HomeQrPayload(plain.lifeEvent(), plain.resident(), plain.kana(), plain.answers(),
                Optional.of(members), plain.createdAt(), plain.expiresAt(), Optional.of(jp.kakanai.forms.checkin.MoveFacts.of(
                        LocalDate.of(2026, 5, 8), newHome, parcel)));

        String text = HomeQrCodec.encode(moving);

        assertThat(text).startsWith("KKN2:");
        assertThat(HomeQrCodec.decode(text, AT_THE_KIOSK)).isEqualTo(new HomeQrReading.Valid(moving));
        assertThat(HomeQrCodec.encode(plain)).as("what format 1 carries stays format 1").startsWith("KKN1:");
        assertThat(HomeQrCodec.encode(plain.withMove(jp.kakanai.forms.checkin.MoveFacts.none()))).startsWith("KKN1:");
    }

    @Test
    void japaneseNamesAndASurrogatePairSurviveExactly() {
        // 𠮷 (U+20BB7) is two UTF-16 chars and one character; 髙 and 﨑 are the kind of variants that must
        // never be normalised.
        HomeQrPayload payload = withName("𠮷田 髙﨑");

        HomeQrReading reading = HomeQrCodec.decode(HomeQrCodec.encode(payload), AT_THE_KIOSK);

        assertThat(reading).isInstanceOf(HomeQrReading.Valid.class);
        String name = ((HomeQrReading.Valid) reading).payload().resident().name();
        assertThat(name).isEqualTo("𠮷田 髙﨑");
        assertThat(name.codePoints()).containsExactly(0x20BB7, 0x7530, 0x20, 0x9AD9, 0xFA11);
    }

    @Test
    void theSamePayloadAlwaysGivesTheSameText() {
        assertThat(HomeQrCodec.encode(familyOfSeven())).isEqualTo(HomeQrCodec.encode(familyOfSeven()));
    }

    @Test
    void theBiggestRealisticFamilyFitsAQrCodeAKioskScannerReads() {
        String text = HomeQrCodec.encode(familyOfSeven());
        HomeQrSymbol symbol = HomeQrSymbol.of(text);

        assertThat(text.length()).as("characters of the QR text").isLessThan(1_000);
        assertThat(symbol.version()).as("QR version at level M").isLessThanOrEqualTo(20);
    }

    @Test
    void everyFieldAtItsLimitStillMakesACode() {
        String fourByteChars = "𠮷".repeat(HomeQrLimits.NAME);
        HomeQrPayload atLimits = HomeQrPayload.issue("marriage",
                new BasicFourInfo(fourByteChars, "𠮷".repeat(HomeQrLimits.ADDRESS), LocalDate.of(1873, 1, 1), Sex.NOT_APPLICABLE),
                Optional.of("ア".repeat(HomeQrLimits.KANA)), Answers.of("marriage-move", "merge-household"),
                Optional.empty(), MADE, HomeQrLimits.LONGEST_VALIDITY);

        String text = HomeQrCodec.encode(atLimits);

        assertThat(text.length()).isLessThanOrEqualTo(HomeQrLimits.TEXT);
        assertThat(HomeQrCodec.decode(text, AT_THE_KIOSK)).isEqualTo(new HomeQrReading.Valid(atLimits));
        assertThat(HomeQrSymbol.of(text).version()).isBetween(1, 40);
    }

    @Test
    void aPayloadTooBigForOneCodeIsRefusedSayingWhatToLeaveOut() {
        // Random characters: repeated or sequential ones would compress away.
        Random random = new Random(7);
        List<HomeQrMember> members = IntStream.range(0, HomeQrLimits.HOUSEHOLD)
                .mapToObj(i -> HomeQrMember.of(Relationship.CHILD, LocalDate.of(2010, 1, 1)).named(
                        randomText(random, 0x4E00, 0x9FFF, HomeQrLimits.NAME), randomText(random, 0x30A1, 0x30F6, HomeQrLimits.KANA),
                        Sex.MALE))
                .toList();
        HomeQrPayload huge = HomeQrPayload.issue("move-in", single().resident(), Optional.empty(), Answers.none(),
                Optional.of(members), MADE, TWO_WEEKS);

        assertThatThrownBy(() -> HomeQrCodec.encode(huge))
                .isInstanceOfSatisfying(InvalidHomeQrPayloadException.class, e -> assertThat(e.field()).isNull())
                .hasMessageContaining("Too much for one QR code").hasMessageContaining("household members' names or kana");
    }

    @Test
    void aCodeIsAcceptedUntilItsExpiryAndNotAtIt() {
        HomeQrPayload payload = single();
        String text = HomeQrCodec.encode(payload);
        Instant expiry = MADE.plus(TWO_WEEKS);

        assertThat(HomeQrCodec.decode(text, expiry.minusSeconds(1))).isInstanceOf(HomeQrReading.Valid.class);
        assertThat(HomeQrCodec.decode(text, expiry)).isEqualTo(new HomeQrReading.Expired(expiry));
        assertThat(HomeQrCodec.decode(text, expiry.plus(TWO_WEEKS))).isEqualTo(new HomeQrReading.Expired(expiry));
    }

    @Test
    void codesThatAreNotOursAreForeign() {
        String formCode = new BackOfficeData(1, "juminhyo-request", Map.of("resident", Map.of("name", "山田 太郎"))).toJson();
        for (String text : new String[] {"https://www.city.example.lg.jp/", formCode, "", "A-012", "kkn1:ABC", "ＫＫＮ1:ABC"}) {
            assertThat(HomeQrCodec.decode(text, AT_THE_KIOSK)).as(text).isEqualTo(new HomeQrReading.Foreign());
        }
        assertThat(HomeQrCodec.decode(null, AT_THE_KIOSK)).isEqualTo(new HomeQrReading.Foreign());
    }

    @Test
    void aCodeFromANewerFormatSaysItsVersion() {
        assertThat(HomeQrCodec.decode("KKN3:ANYTHING", AT_THE_KIOSK)).isEqualTo(new HomeQrReading.UnsupportedVersion(3));
        assertThat(HomeQrCodec.decode("KKN17:", AT_THE_KIOSK)).isEqualTo(new HomeQrReading.UnsupportedVersion(17));
    }

    @Test
    void everySingleCharacterChangedOrDroppedIsCaught() {
        String text = HomeQrCodec.encode(single());
        for (int i = HomeQrCodec.PREFIX.length(); i < text.length(); i++) {
            char replacement = text.charAt(i) == 'A' ? 'B' : 'A';
            String changed = text.substring(0, i) + replacement + text.substring(i + 1);
            String dropped = text.substring(0, i) + text.substring(i + 1);
            assertThat(HomeQrCodec.decode(changed, AT_THE_KIOSK)).as("changed at %d", i).isInstanceOf(HomeQrReading.Damaged.class);
            assertThat(HomeQrCodec.decode(dropped, AT_THE_KIOSK)).as("dropped at %d", i).isInstanceOf(HomeQrReading.Damaged.class);
        }
    }

    @Test
    void damageIsExplainedWithoutQuotingTheData() {
        String text = HomeQrCodec.encode(single());
        int last = text.length() - 1;
        String flipped = text.substring(0, last - 3) + (text.charAt(last - 3) == '0' ? '1' : '0') + text.substring(last - 2);

        assertThat(why(flipped)).contains("checksum does not match");
        assertThat(why(text.substring(0, 20))).containsAnyOf("cut short", "checksum");
        assertThat(why("KKN1:")).contains("only 0 bytes");
        assertThat(why("KKN1:BB8bb")).contains("not Base45");
        assertThat(why("KKNX:ABC")).contains("not a version and a colon");
        assertThat(why("KKN1" + "A".repeat(10))).contains("not a version and a colon");
        assertThat(why("KKN1:" + "0".repeat(5_000))).contains("longer than any QR code");
        assertThat(why(text.substring(0, 14)).toLowerCase()).doesNotContain("山田", "yamada");
    }

    @Test
    void aWellSealedBodyWithBadContentIsStillDamaged() {
        assertThat(why(sealed(0x80, new byte[] {1}))).contains("unknown flags");
        assertThat(why(sealed(0, new byte[] {1, 2, 3}))).contains("life event: length 3 runs past the data");
        assertThat(why(sealed(0, new byte[] {(byte) 0x81}))).contains("created-at: data ends early");
        assertThat(why(sealed(1, new byte[] {(byte) 0xFF, 0x00, 0x13}))).contains("compressed content");
        // A valid payload with an extra byte after the last field.
        byte[] content = HomeQrCodec.content(single());
        byte[] longer = java.util.Arrays.copyOf(content, content.length + 1);
        assertThat(why(sealed(0, longer))).contains("1 bytes left over");
        assertThat(why(sealed(0, content))).isEmpty();
    }

    @Test
    void valuesBeyondTheLimitsInASealedBodyAreDamageNamingTheField() {
        HomeQrPayload p = single();
        byte[] tooLongName = new CompactWriter().varint(p.createdAt().getEpochSecond()).varint(60)
                .string("move-in").string("あ".repeat(HomeQrLimits.NAME + 1)).string("").string("東京都")
                .signed(LocalDate.of(1990, 1, 1).toEpochDay()).unsignedByte(1).varint(0).varint(0).toByteArray();
        byte[] badSex = new CompactWriter().varint(p.createdAt().getEpochSecond()).varint(60)
                .string("move-in").string("山田").string("").string("東京都")
                .signed(LocalDate.of(1990, 1, 1).toEpochDay()).unsignedByte(3).varint(0).varint(0).toByteArray();
        byte[] notAnEventId = new CompactWriter().varint(p.createdAt().getEpochSecond()).varint(60)
                .string("Divorce!").string("山田").string("").string("東京都")
                .signed(LocalDate.of(1990, 1, 1).toEpochDay()).unsignedByte(1).varint(0).varint(0).toByteArray();

        assertThat(why(sealed(0, tooLongName))).isEqualTo("resident.name: At most 40 characters (41 given).");
        assertThat(why(sealed(0, badSex))).contains("sex: 3 is not an ISO 5218 code");
        // Which events exist is the town pack's (the server checks); the code only holds an id's form.
        assertThat(why(sealed(0, notAnEventId))).contains("lifeEvent: A life event is the id of one in the town pack.");
    }

    @Test
    void theNavigationGetsItsFactsFromTheCode() {
        HomeQrPayload family = familyOfSeven();
        var facts = family.facts(jp.kakanai.forms.navigation.SampleTown.event("move-in"), LocalDate.of(2026, 5, 12));

        assertThat(facts.event().id()).isEqualTo("move-in");
        assertThat(facts.resident().birthDate()).contains(LocalDate.of(1984, 11, 3));
        assertThat(facts.resident().myNumberCardRead()).isFalse();
        assertThat(facts.household().orElseThrow().members()).hasSize(6)
                .first().extracting(m -> m.relationship()).isEqualTo(Relationship.SPOUSE);
        assertThat(facts.answers().decided("health-insurance")).contains("national");
        assertThat(new HomeQrPayload("birth", family.resident(), Optional.empty(), Answers.none(), Optional.empty(),
                MADE, MADE.plus(TWO_WEEKS)).facts(jp.kakanai.forms.navigation.SampleTown.event("birth"), LocalDate.of(2026, 5, 12)).household()).isEmpty();
    }

    @Test
    void livingAloneAndNotAskedAreDifferentThings() {
        HomeQrPayload alone = single();
        HomeQrPayload notAsked = new HomeQrPayload(alone.lifeEvent(), alone.resident(), alone.kana(), alone.answers(),
                Optional.empty(), alone.createdAt(), alone.expiresAt());

        assertThat(valid(HomeQrCodec.encode(alone)).household()).contains(List.of());
        assertThat(valid(HomeQrCodec.encode(notAsked)).household()).isEmpty();
    }

    private static String randomText(Random random, int from, int to, int count) {
        return new String(random.ints(count, from, to + 1).toArray(), 0, count);
    }

    private static HomeQrPayload valid(String text) {
        return ((HomeQrReading.Valid) HomeQrCodec.decode(text, AT_THE_KIOSK)).payload();
    }

    /** The reason of a Damaged reading, or "" when the text was read. */
    private static String why(String text) {
        HomeQrReading reading = HomeQrCodec.decode(text, AT_THE_KIOSK);
        if (reading instanceof HomeQrReading.Damaged damaged) {
            return damaged.why();
        }
        assertThat(reading).isInstanceOf(HomeQrReading.Valid.class);
        return "";
    }

    /** A code text with a correct checksum around any content. */
    private static String sealed(int flags, byte[] content) {
        byte[] body = new byte[1 + content.length + 4];
        body[0] = (byte) flags;
        System.arraycopy(content, 0, body, 1, content.length);
        CRC32 crc = new CRC32();
        crc.update(body, 0, body.length - 4);
        ByteBuffer.wrap(body, body.length - 4, 4).putInt((int) crc.getValue());
        return HomeQrCodec.PREFIX + Base45.encode(body);
    }
}
