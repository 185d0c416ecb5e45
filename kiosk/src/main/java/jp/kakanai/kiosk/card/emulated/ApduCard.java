package jp.kakanai.kiosk.card.emulated;

/**
 * A smart card seen at APDU level (ISO/IEC 7816-4): what an emulated card implements to sit in an
 * {@link EmulatedReaders emulated reader} or behind the real pcscd through {@link VpcdBridge}.
 * Implementations must be thread-safe: a reader thread and a test thread may call them together.
 */
public interface ApduCard {

    /** The answer-to-reset the card gives when powered on. */
    byte[] atr();

    /** Answers one command APDU with response data followed by the two status-word bytes. */
    byte[] process(byte[] command);

    /** Power cycle: the card forgets its selected application, selected file and verified PIN. */
    void reset();
}
