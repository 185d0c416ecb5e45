package jp.kakanai.forms.homeqr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.CompactReader.DamagedPayload;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;

/**
 * The text in a home-prepared QR code: {@code KKN1:} and the Base45 of a small binary body (format 1,
 * byte by byte in docs/qr.md):
 * <pre>
 *   flags (1 byte: bit 0 = content is raw Deflate with {@link HomeQrDictionary})
 *   content: created-at, validity, life event, name, kana, address, birth date, sex, answers, household
 *            (format 2: a member's flags may mark the 世帯主, and the move follows the household)
 *   CRC-32 of the bytes before it (4 bytes, big-endian)
 * </pre>
 * A payload that format 1 can carry (no move, no 世帯主 marked) is written as format 1, byte for byte as before;
 * only one with a move or a 世帯主 is {@code KKN2:}. Both are read.
 * The prefix says at a glance whose code it is and which format; the CRC catches a scanner that dropped
 * or mistyped a character (the QR's own error correction does not cover a keyboard-wedge scanner's typing).
 * Decoding never throws: it answers with a {@link HomeQrReading}.
 */
public final class HomeQrCodec {
    /** The mark of a Kakanai home code; the format version follows it, then a colon. */
    public static final String MAGIC = "KKN";
    public static final int VERSION = 1;
    public static final String PREFIX = MAGIC + VERSION + ":";
    /** Format 2: format 1 and the 世帯主 mark and the move (異動日, new and previous address). */
    public static final int VERSION_WITH_MOVE = 2;
    private static final int HOUSEHOLDER = 0x10;
    /** Alphanumeric capacity of the largest QR code (version 40, level L): nothing longer was ever a QR code. */
    static final int LONGEST_QR_TEXT = 4_296;
    private static final Pattern HEADER = Pattern.compile("KKN([0-9]{1,3}):");
    private static final int DEFLATED = 1;
    private static final int CRC_BYTES = 4;
    private static final int MAX_CONTENT = 16 * 1024;
    private static final int MAX_STRING_BYTES = 4 * 100;

    private HomeQrCodec() {
    }

    /**
     * The QR text of a payload. Every payload's fields are within limits; only the whole can be too much
     * for one code (a big family with every name and kana given), refused with a sentence saying so.
     */
    public static String encode(HomeQrPayload payload) {
        int version = formatOf(payload);
        byte[] content = content(payload, version);
        byte[] deflated = deflate(content);
        boolean compress = deflated.length < content.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(compress ? DEFLATED : 0);
        body.writeBytes(compress ? deflated : content);
        body.writeBytes(ByteBuffer.allocate(CRC_BYTES).putInt((int) crc(body.toByteArray())).array());
        String text = MAGIC + version + ":" + Base45.encode(body.toByteArray());
        if (text.length() > HomeQrLimits.TEXT) {
            throw new InvalidHomeQrPayloadException(null, "Too much for one QR code (" + text.length()
                    + " characters, at most " + HomeQrLimits.TEXT + "): leave out some household members' names or kana.");
        }
        return text;
    }

    /** What a scanned text is, checked at {@code now}: the whole payload or one reason why not. */
    public static HomeQrReading decode(String text, Instant now) {
        if (text == null || !text.startsWith(MAGIC)) {
            return new HomeQrReading.Foreign();
        }
        Matcher header = HEADER.matcher(text);
        if (!header.lookingAt()) {
            return new HomeQrReading.Damaged("the header after " + MAGIC + " is not a version and a colon");
        }
        int version = Integer.parseInt(header.group(1));
        if (version != VERSION && version != VERSION_WITH_MOVE) {
            return new HomeQrReading.UnsupportedVersion(version);
        }
        if (text.length() > LONGEST_QR_TEXT) {
            return new HomeQrReading.Damaged("longer than any QR code holds (" + text.length() + " characters)");
        }
        try {
            HomeQrPayload payload = payload(body(Base45.decode(text, header.end())), version);
            return payload.isExpiredAt(now) ? new HomeQrReading.Expired(payload.expiresAt()) : new HomeQrReading.Valid(payload);
        } catch (IllegalArgumentException | DamagedPayload e) {
            // InvalidHomeQrPayloadException is an IllegalArgumentException: out-of-limit values count as damage.
            String where = e instanceof InvalidHomeQrPayloadException invalid && invalid.field() != null
                    ? invalid.field() + ": " : "";
            return new HomeQrReading.Damaged(where + e.getMessage());
        }
    }

    private static byte[] body(byte[] body) {
        if (body.length < 1 + CRC_BYTES) {
            throw new DamagedPayload("only " + body.length + " bytes");
        }
        int end = body.length - CRC_BYTES;
        long expected = ByteBuffer.wrap(body, end, CRC_BYTES).getInt() & 0xFFFFFFFFL;
        if (crc(Arrays.copyOf(body, end)) != expected) {
            throw new DamagedPayload("checksum does not match: the text was changed or cut");
        }
        int flags = body[0] & 0xFF;
        if ((flags & ~DEFLATED) != 0) {
            throw new DamagedPayload("unknown flags " + flags);
        }
        byte[] content = Arrays.copyOfRange(body, 1, end);
        return (flags & DEFLATED) != 0 ? inflate(content) : content;
    }

    /** Format 1 unless the payload carries what only format 2 can. */
    static int formatOf(HomeQrPayload p) {
        boolean householder = p.household().orElse(List.of()).stream().anyMatch(HomeQrMember::householder);
        return p.move().isPresent() || householder ? VERSION_WITH_MOVE : VERSION;
    }

    /** The fields in order, before compression (package-private for the tests and docs/qr.md's example). */
    static byte[] content(HomeQrPayload p) {
        return content(p, formatOf(p));
    }

    private static byte[] content(HomeQrPayload p, int version) {
        CompactWriter out = new CompactWriter()
                .varint(p.createdAt().getEpochSecond())
                .varint(p.expiresAt().getEpochSecond() - p.createdAt().getEpochSecond())
                .string(p.lifeEvent())
                .string(p.resident().name())
                .string(p.kana().orElse(""))
                .string(p.resident().address())
                .signed(p.resident().birthDate().toEpochDay())
                .unsignedByte(Integer.parseInt(p.resident().sex().iso5218()));
        out.varint(p.answers().values().size());
        // Sorted, so one payload always gives the same text.
        new TreeMap<>(p.answers().values()).forEach((id, value) -> out.string(id).string(value));
        List<HomeQrMember> members = p.household().orElse(List.of());
        out.varint(p.household().isPresent() ? members.size() + 1 : 0);
        for (HomeQrMember m : members) {
            out.string(m.relationship().id()).signed(m.birthDate().toEpochDay())
                    .unsignedByte((m.deceased() ? 1 : 0) | (m.name().isPresent() ? 2 : 0)
                            | (m.kana().isPresent() ? 4 : 0) | (m.sex().isPresent() ? 8 : 0)
                            | (m.householder() ? HOUSEHOLDER : 0));
            m.name().ifPresent(out::string);
            m.kana().ifPresent(out::string);
            m.sex().ifPresent(s -> out.unsignedByte(Integer.parseInt(s.iso5218())));
        }
        if (version == VERSION_WITH_MOVE) {
            MoveCodec.write(out, p.move());
        }
        return out.toByteArray();
    }

    private static HomeQrPayload payload(byte[] content, int version) {
        CompactReader in = new CompactReader(content);
        Instant createdAt = Instant.ofEpochSecond(in.varint("created-at"));
        Instant expiresAt = createdAt.plusSeconds(in.varint("validity"));
        String event = in.string("life event", 40);
        String name = in.string("name", MAX_STRING_BYTES);
        String kana = in.string("kana", MAX_STRING_BYTES);
        String address = in.string("address", MAX_STRING_BYTES);
        LocalDate birthDate = date(in.signed("birth date"));
        Sex sex = sex(in.unsignedByte("sex"));
        long answerCount = in.varint("answers");
        if (answerCount > HomeQrLimits.ANSWERS) {
            throw new DamagedPayload("answers: " + answerCount + " is more than " + HomeQrLimits.ANSWERS);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < answerCount; i++) {
            if (answers.put(in.string("answer id", HomeQrLimits.ANSWER_ID), in.string("answer", HomeQrLimits.ANSWER_ID)) != null) {
                throw new DamagedPayload("answers: a question answered twice");
            }
        }
        long household = in.varint("household");
        if (household > HomeQrLimits.HOUSEHOLD + 1) {
            throw new DamagedPayload("household: more than " + HomeQrLimits.HOUSEHOLD + " members");
        }
        List<HomeQrMember> members = new ArrayList<>();
        for (int i = 0; i < household - 1; i++) {
            members.add(member(in, i, version));
        }
        Optional<MoveFacts> move = version == VERSION_WITH_MOVE ? MoveCodec.read(in) : Optional.empty();
        in.expectEnd();
        return new HomeQrPayload(event, new BasicFourInfo(name, address, birthDate, sex), Optional.of(kana),
                new Answers(answers), household == 0 ? Optional.empty() : Optional.of(members), createdAt, expiresAt,
                move);
    }

    private static HomeQrMember member(CompactReader in, int index, int version) {
        String at = "household[" + index + "]";
        Relationship relationship = Relationship.byId(in.string(at + " relationship", 20))
                .orElseThrow(() -> new DamagedPayload(at + ": unknown relationship"));
        LocalDate birthDate = date(in.signed(at + " birth date"));
        int flags = in.unsignedByte(at + " flags");
        if ((flags & ~(version == VERSION_WITH_MOVE ? 0x1F : 0x0F)) != 0) {
            throw new DamagedPayload(at + ": unknown flags " + flags);
        }
        Optional<String> name = (flags & 2) != 0 ? Optional.of(in.string(at + " name", MAX_STRING_BYTES)) : Optional.empty();
        Optional<String> kana = (flags & 4) != 0 ? Optional.of(in.string(at + " kana", MAX_STRING_BYTES)) : Optional.empty();
        Optional<Sex> sex = (flags & 8) != 0 ? Optional.of(sex(in.unsignedByte(at + " sex"))) : Optional.empty();
        try {
            return new HomeQrMember(relationship, birthDate, (flags & 1) != 0, name, kana, sex, (flags & HOUSEHOLDER) != 0);
        } catch (InvalidHomeQrPayloadException e) {
            throw e.within(at);
        }
    }

    static LocalDate date(long epochDay) {
        if (epochDay < HomeQrLimits.EARLIEST_BIRTH.toEpochDay() || epochDay > LocalDate.of(2999, 12, 31).toEpochDay()) {
            throw new DamagedPayload("a date out of range");
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    private static Sex sex(int code) {
        return switch (code) {
            case 0 -> Sex.NOT_KNOWN;
            case 1 -> Sex.MALE;
            case 2 -> Sex.FEMALE;
            case 9 -> Sex.NOT_APPLICABLE;
            default -> throw new DamagedPayload("sex: " + code + " is not an ISO 5218 code");
        };
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setDictionary(HomeQrDictionary.V1);
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(HomeQrDictionary.V1);
            inflater.setInput(deflated);
            byte[] out = new byte[MAX_CONTENT];
            int length = 0;
            while (!inflater.finished()) {
                int remaining = inflater.getRemaining();
                int n = inflater.inflate(out, length, out.length - length);
                length += n;
                if (length == out.length && !inflater.finished()) {
                    throw new DamagedPayload("content larger than any payload");
                }
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.getRemaining() == remaining)) {
                    throw new DamagedPayload("compressed content cut short");
                }
            }
            if (inflater.getRemaining() != 0) {
                throw new DamagedPayload("bytes left over after the compressed content");
            }
            return Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new DamagedPayload("compressed content is corrupt");
        } finally {
            inflater.end();
        }
    }
}
