package jp.kakanai.server.kiosk;

import java.net.URI;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.server.demo.DemoCredentials;

/**
 * A real kiosk app, as a test starts it: on a free port, talking to the test's server with the demo device
 * token, with one emulated reader holding the demo resident's My Number Card.
 */
public final class DemoKiosk {
    private DemoKiosk() {
    }

    /** Started; the caller closes it. */
    public static KioskApp withTheDemoCard(int serverPort, String readerName) {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader(readerName);
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        return KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + serverPort), DemoCredentials.KIOSK_TOKEN)
                .withPort(0), () -> factory, Optional.of(reader));
    }

    /** The kiosk's local API address without the trailing slash, for {@code HttpFixture}. */
    public static String base(KioskApp kiosk) {
        return kiosk.url().toString().replaceAll("/$", "");
    }
}
