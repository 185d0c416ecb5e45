package jp.kakanai.kiosk.card;

import java.security.NoSuchAlgorithmException;
import javax.smartcardio.TerminalFactory;

/** The machine's real card readers, through PC/SC (pcscd on Linux). */
public final class SystemTerminals {
    private SystemTerminals() {
    }

    /**
     * {@link TerminalFactory#getDefault()} when it is PC/SC. The default is fixed once per JVM, when
     * {@code TerminalFactory} is first touched: if pcscd was not running then, it stays "None"
     * forever; a fresh {@code getInstance("PC/SC")} then connects to a pcscd started since.
     */
    public static TerminalFactory pcsc() {
        TerminalFactory fixed = TerminalFactory.getDefault();
        if ("PC/SC".equals(fixed.getType())) {
            return fixed;
        }
        try {
            return TerminalFactory.getInstance("PC/SC", null);
        } catch (NoSuchAlgorithmException e) {
            return fixed;
        }
    }
}
