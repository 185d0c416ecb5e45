package jp.kakanai.kiosk.app;

import java.util.function.BooleanSupplier;

/** Whether a card is on the kiosk's reader now (from the presence watcher), and whether it is a demo card. */
record CardWatch(BooleanSupplier present, boolean demo) {
}
