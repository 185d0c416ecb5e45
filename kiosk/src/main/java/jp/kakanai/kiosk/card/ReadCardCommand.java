package jp.kakanai.kiosk.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.forms.resident.BasicFourInfo;

/**
 * {@code read-card --pin 1234 [--reader NAME]}: prints the basic 4 info as one JSON object
 * ({@code cardType} "mynumber" or "drivers-licence", {@code name}, {@code address}, {@code birthDate}
 * yyyy-MM-dd, {@code sex} ISO 5218 code — "0" for a licence, which records none; a licence adds
 * {@code nameKana} and {@code expiryDate}; {@code textFlags} lists 〓 placeholders) on stdout, or a plain message on stderr with an exit code per failure (see {@link #exitCode}).
 * Without {@code --pin} the PIN is asked on the console without echo.
 */
public final class ReadCardCommand {
    public static final String USAGE = "usage: read-card [--pin NNNN] [--reader NAME] [--timeout SECONDS]";

    private final TerminalFactory factory;

    public ReadCardCommand(TerminalFactory factory) {
        this.factory = factory;
    }

    /** Runs the command; returns the process exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        char[] pin = null;
        Optional<String> reader = Optional.empty();
        Duration timeout = IdCardReader.DEFAULT_TIMEOUT;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size() || !List.of("--pin", "--reader", "--timeout").contains(a)) {
                err.println("unknown or incomplete option '" + a + "'");
                err.println(USAGE);
                return ExitCode.USAGE;
            }
            String v = args.get(++i);
            switch (a) {
                case "--pin" -> pin = v.toCharArray();
                case "--reader" -> reader = Optional.of(v);
                default -> {
                    try {
                        timeout = Duration.ofSeconds(Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        err.println("--timeout takes whole seconds, not '" + v + "'");
                        return ExitCode.USAGE;
                    }
                }
            }
        }
        if (pin == null) {
            Console console = System.console();
            if (console == null) {
                err.println("no PIN given and no console to ask for it");
                err.println(USAGE);
                return ExitCode.USAGE;
            }
            pin = console.readPassword("PIN (4 digits): ");
        }
        CardReadResult result = new IdCardReader(factory, reader, timeout).readBasicFour(pin);
        if (result instanceof CardReadResult.Read read) {
            out.println(json(read.reading()));
            for (TextFlag f : read.reading().textFlags()) {
                err.println("check against the card surface: " + f.field() + ": " + f.reason());
            }
            return ExitCode.OK;
        }
        CardError error = (CardError) result;
        err.println(error.message());
        return exitCode(error);
    }

    static String json(CardReading reading) {
        BasicFourInfo b = reading.basicFour();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cardType", reading.cardType().id());
        m.put("name", b.name());
        m.put("address", b.address());
        m.put("birthDate", b.birthDate().toString());
        m.put("sex", b.sex().iso5218());
        reading.licence().ifPresent(l -> {
            m.put("nameKana", l.nameKana());
            m.put("expiryDate", l.expiryDate().toString());
        });
        if (reading.needsStaffCheck()) {
            m.put("textFlags", reading.textFlags().stream().map(f -> f.field() + ": " + f.reason()).toList());
        }
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings did not serialise", e);
        }
    }

    /** Exit codes, one per kind of failure (documented in docs/card.md). */
    public static final class ExitCode {
        public static final int OK = 0;
        public static final int USAGE = 2;
        public static final int WRONG_PIN = 3;
        public static final int ONE_TRY_LEFT = 4;
        public static final int PIN_LOCKED = 5;
        public static final int NO_READER = 6;
        public static final int NO_CARD = 7;
        public static final int CARD_REMOVED = 8;
        public static final int NOT_RESPONDING = 9;
        public static final int UNKNOWN_CARD = 10;
        public static final int CARD_FAILURE = 11;
        public static final int INVALID_PIN_FORMAT = 12;
        public static final int UNEXPECTED = 70;

        private ExitCode() {
        }
    }

    static int exitCode(CardError e) {
        if (e instanceof CardError.WrongPin) {
            return ExitCode.WRONG_PIN;
        } else if (e instanceof CardError.OneTryLeft) {
            return ExitCode.ONE_TRY_LEFT;
        } else if (e instanceof CardError.PinLocked) {
            return ExitCode.PIN_LOCKED;
        } else if (e instanceof CardError.NoReader) {
            return ExitCode.NO_READER;
        } else if (e instanceof CardError.NoCard) {
            return ExitCode.NO_CARD;
        } else if (e instanceof CardError.CardRemoved) {
            return ExitCode.CARD_REMOVED;
        } else if (e instanceof CardError.NotResponding) {
            return ExitCode.NOT_RESPONDING;
        } else if (e instanceof CardError.UnknownCard) {
            return ExitCode.UNKNOWN_CARD;
        } else if (e instanceof CardError.CardFailure) {
            return ExitCode.CARD_FAILURE;
        } else if (e instanceof CardError.InvalidPinFormat) {
            return ExitCode.INVALID_PIN_FORMAT;
        }
        return ExitCode.UNEXPECTED;
    }
}
