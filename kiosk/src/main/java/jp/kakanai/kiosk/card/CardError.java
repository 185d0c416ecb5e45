package jp.kakanai.kiosk.card;

/**
 * Everything that can keep a card from being read, as values. {@link #message()} is a plain English
 * sentence (CLI, staff logs) and {@link #messageJa()} the plain Japanese the resident sees. Neither
 * ever contains a PIN or a My Number.
 */
public sealed interface CardError extends CardReadResult, PinTriesResult {

    String message();

    String messageJa();

    /** The PIN was wrong; {@code triesLeft} is 1 or 2 (none left is {@link PinLocked}). */
    record WrongPin(CardType cardType, int triesLeft) implements CardError {
        @Override
        public String message() {
            return "Wrong PIN: " + triesLeft + (triesLeft == 1 ? " try" : " tries") + " left.";
        }

        @Override
        public String messageJa() {
            return "暗証番号が違います。残りは" + triesLeft + "回です。";
        }
    }

    /** Only one try is left: nothing was verified, so that a slip cannot lock the card. */
    record OneTryLeft(CardType cardType) implements CardError {
        @Override
        public String message() {
            return "Only one PIN try is left. The PIN was not checked, so that the card cannot lock;"
                    + " please ask staff.";
        }

        @Override
        public String messageJa() {
            return "暗証番号の残りが1回のため、ロックを防ぐために照合していません。職員にお声がけください。";
        }
    }

    /** The PIN is locked (63C0, 6983 or 6984). */
    record PinLocked(CardType cardType) implements CardError {
        @Override
        public String message() {
            return cardType == CardType.DRIVERS_LICENCE
                    ? "The licence PIN is locked. It can be reset at a licence centre or police station;"
                            + " please ask staff."
                    : "The card PIN is locked. It can be reset at the municipal counter; please ask staff.";
        }

        @Override
        public String messageJa() {
            return cardType == CardType.DRIVERS_LICENCE
                    ? "暗証番号がロックされています。運転免許センターまたは警察署で解除できます。職員にお声がけください。"
                    : "暗証番号がロックされています。市区町村の窓口で解除できます。職員にお声がけください。";
        }
    }

    /** The PIN given was not 4 digits; nothing was sent to the card. */
    record InvalidPinFormat() implements CardError {
        @Override
        public String message() {
            return "The PIN must be 4 digits.";
        }

        @Override
        public String messageJa() {
            return "暗証番号は数字4桁で入力してください。";
        }
    }

    /** No card reader (or not the one configured) is connected. */
    record NoReader(String detail) implements CardError {
        @Override
        public String message() {
            return "No card reader: " + detail;
        }

        @Override
        public String messageJa() {
            return "カードリーダーが見つかりません。職員にお声がけください。";
        }
    }

    /** A reader is there but holds no card. */
    record NoCard(String reader) implements CardError {
        @Override
        public String message() {
            return "No card in the reader " + reader + ".";
        }

        @Override
        public String messageJa() {
            return "カードを置いてください。";
        }
    }

    /** The card was taken away before reading ended; nothing read is kept. */
    record CardRemoved() implements CardError {
        @Override
        public String message() {
            return "The card was removed before reading finished. Please put it back and try again.";
        }

        @Override
        public String messageJa() {
            return "読み取りの途中でカードが離れました。もう一度カードを置いてください。";
        }
    }

    /** The card stopped answering within the time allowed. */
    record NotResponding(long waitedMillis) implements CardError {
        @Override
        public String message() {
            return "The card did not answer within " + waitedMillis + " ms. Please put it back and try again.";
        }

        @Override
        public String messageJa() {
            return "カードから応答がありません。カードを置き直してください。";
        }
    }

    /** Neither a My Number Card nor a driver's licence. */
    record UnknownCard() implements CardError {
        @Override
        public String message() {
            return "This card is neither a My Number Card nor a driver's licence.";
        }

        @Override
        public String messageJa() {
            return "このカードは読み取れません。マイナンバーカードか運転免許証を置いてください。";
        }
    }

    /** The card answered, but with a status or data the reader cannot accept. */
    record CardFailure(String detail) implements CardError {
        @Override
        public String message() {
            return "The card could not be read: " + detail;
        }

        @Override
        public String messageJa() {
            return "カードを読み取れませんでした。職員にお声がけください。";
        }
    }

    /** A fault in the kiosk software itself (logged with its stack trace); never expected. */
    record Unexpected(String detail) implements CardError {
        @Override
        public String message() {
            return "Internal error while reading the card: " + detail;
        }

        @Override
        public String messageJa() {
            return "読み取り中にエラーが発生しました。職員にお声がけください。";
        }
    }
}
