package jp.kakanai.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kakanai.kiosk.card.emulated.ApduCard;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedDriversLicence;
import jp.kakanai.kiosk.card.emulated.LicenceEncoding;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile cards (issue 4 §5): ≥ 10,000 malformed responses — truncated TLVs, lengths far beyond the
 * file, wrong tags, odd status words, empty answers. Only the reader's own typed results may come
 * out: no exception, no hang ({@code NotResponding}), no internal error, and a bounded number of
 * commands per read.
 */
@Timeout(300)
class HostileCardFuzzTest {
    private static final int RUNS = 10_000;
    private static final int[] ODD_STATUS = {0x9000, 0x6282, 0x6100, 0x61FF, 0x6C00, 0x6C01, 0x6CFF, 0x63C0,
        0x63C1, 0x63C2, 0x63CF, 0x6700, 0x6982, 0x6983, 0x6984, 0x6A82, 0x6A86, 0x6B00, 0x6D00, 0x6E00, 0x6F00, 0x0000,
        0xFFFF};

    private final EmulatedReaders readers = new EmulatedReaders();
    private final EmulatedReader slot = readers.addReader("Fuzz reader");
    private final IdCardReader reader = new IdCardReader(readers.terminalFactory(), Optional.empty(),
            Duration.ofSeconds(5), Duration.ZERO);

    @Test
    void malformedResponsesOnlyEverGiveTypedResults() {
        Random random = new Random(20_240_401L);
        Map<String, Integer> outcomes = new HashMap<>();
        int maxCommands = 0;
        for (int run = 0; run < RUNS; run++) {
            AtomicInteger commands = new AtomicInteger();
            ApduCard card = hostileCard(random, run, commands);
            slot.insert(card);

            Object result = switch (run % 3) {
                case 0 -> reader.readBasicFour("1234".toCharArray());
                case 1 -> reader.readBasicFourAndMyNumber("1234".toCharArray());
                default -> reader.pinTriesLeft();
            };

            assertThat(result).as("run %d", run).isNotNull()
                    .isNotInstanceOf(CardError.Unexpected.class)
                    .isNotInstanceOf(CardError.NotResponding.class);
            outcomes.merge(result.getClass().getSimpleName(), 1, Integer::sum);
            maxCommands = Math.max(maxCommands, commands.get());
        }
        assertThat(maxCommands).as("commands per read").isLessThanOrEqualTo(40);
        // The fuzzing reaches deep: both successful reads and many kinds of typed failure.
        assertThat(outcomes.keySet()).contains("Read", "CardFailure", "WrongPin", "PinLocked", "UnknownCard");
    }

    /** A genuine card whose n-th answer is mangled, or a card whose files are mangled. */
    private static ApduCard hostileCard(Random random, int run, AtomicInteger commands) {
        boolean licence = run % 2 == 1;
        ApduCard genuine;
        if (random.nextInt(3) == 0) {
            genuine = licence
                    ? EmulatedDriversLicence.builder().matters(mangledFile(random, licenceMatters())).build()
                    : EmulatedMyNumberCard.builder().ef0002(mangledFile(random, basicFour()))
                            .ef0001(mangledFile(random, myNumberFile())).build();
        } else {
            genuine = licence ? DemoCards.driversLicence() : DemoCards.myNumberCard();
        }
        int victim = 1 + random.nextInt(14);
        long seed = random.nextLong();
        return new TestReaders.Delegating(genuine) {
            @Override
            public byte[] process(byte[] command) {
                byte[] answer = super.process(command);
                int n = commands.incrementAndGet();
                return n == victim ? mangledAnswer(new Random(seed), answer) : answer;
            }
        };
    }

    private static byte[] mangledAnswer(Random r, byte[] answer) {
        byte[] data = Arrays.copyOf(answer, answer.length - 2);
        return switch (r.nextInt(7)) {
            case 0 -> new byte[0];
            case 1 -> new byte[] {(byte) r.nextInt(256)};
            case 2 -> withStatus(randomBytes(r, r.nextInt(300)), ODD_STATUS[r.nextInt(ODD_STATUS.length)]);
            case 3 -> withStatus(Arrays.copyOf(data, data.length == 0 ? 0 : r.nextInt(data.length)), 0x9000);
            case 4 -> withStatus(flipped(r, data), 0x9000);
            case 5 -> withStatus(data, ODD_STATUS[r.nextInt(ODD_STATUS.length)]);
            default -> withStatus(concat(data, randomBytes(r, 1 + r.nextInt(400))), 0x9000);
        };
    }

    /** A well-formed file, then one of: truncated, huge length, wrong tag, random bytes, flipped bytes. */
    private static byte[] mangledFile(Random r, byte[] good) {
        byte[] f = good.clone();
        switch (r.nextInt(6)) {
            case 0 -> f = Arrays.copyOf(f, r.nextInt(f.length));
            case 1 -> {
                int at = r.nextInt(f.length);
                f[at] = (byte) (0x81 + r.nextInt(3));
            }
            case 2 -> f[r.nextInt(Math.min(6, f.length))] = (byte) r.nextInt(256);
            case 3 -> f = randomBytes(r, r.nextInt(600));
            case 4 -> f = flipped(r, f);
            default -> f = concat(new byte[] {(byte) 0xFF, 0x20, (byte) 0x82, (byte) r.nextInt(256), (byte) r.nextInt(256)},
                    Arrays.copyOfRange(f, Math.min(3, f.length), f.length));
        }
        return f;
    }

    private static byte[] basicFour() {
        return fileOf(DemoCards.myNumberCard(), "00A4020C020002");
    }

    private static byte[] myNumberFile() {
        return fileOf(DemoCards.myNumberCard(), "00A4020C020001");
    }

    /** The file a genuine card holds, read out through its own APDUs. */
    private static byte[] fileOf(EmulatedMyNumberCard card, String selectEf) {
        card.process(java.util.HexFormat.of().parseHex("00A4040C0A" + java.util.HexFormat.of().formatHex(EmulatedMyNumberCard.AID)));
        card.process(java.util.HexFormat.of().parseHex("00A4020C020011"));
        card.process(java.util.HexFormat.of().parseHex("002000800431323334"));
        card.process(java.util.HexFormat.of().parseHex(selectEf));
        byte[] r = card.process(java.util.HexFormat.of().parseHex("00B0000000"));
        return Arrays.copyOf(r, r.length - 2);
    }

    private static byte[] licenceMatters() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tlv(0x12, LicenceEncoding.jisX0208("山田　花子")));
        out.writeBytes(tlv(0x13, LicenceEncoding.jisX0208("ヤマダ　ハナコ")));
        out.writeBytes(tlv(0x16, "3640107".getBytes()));
        out.writeBytes(tlv(0x17, LicenceEncoding.jisX0208("東京都千代田区")));
        out.writeBytes(tlv(0x1B, "5120207".getBytes()));
        out.write(0xFF);
        return out.toByteArray();
    }

    private static byte[] tlv(int tag, byte[] v) {
        return concat(new byte[] {(byte) tag, (byte) v.length}, v);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] flipped(Random r, byte[] b) {
        byte[] f = b.clone();
        for (int i = 0; i < 1 + r.nextInt(4) && f.length > 0; i++) {
            f[r.nextInt(f.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] withStatus(byte[] data, int sw) {
        return concat(data, new byte[] {(byte) (sw >> 8), (byte) sw});
    }
}
