package jp.kakanai.kiosk.app;

import java.util.Optional;
import jp.kakanai.kiosk.card.CardError;
import jp.kakanai.kiosk.card.CardReadResult;
import jp.kakanai.kiosk.card.PinTriesResult;

/**
 * The local API's answer about the card. {@code outcome} is one code the UI words in the resident's
 * language: {@code tries-left}, {@code read}, {@code wrong-pin}, {@code one-try-left}, {@code pin-locked},
 * {@code invalid-pin}, {@code no-reader}, {@code no-card}, {@code card-removed}, {@code not-responding},
 * {@code unknown-card}, {@code card-failure}, {@code unexpected}, {@code card-left} (the card of the
 * resident before is still on the reader: it must be taken first), {@code own-card} (a family member's card
 * was asked for). {@code message} is the English sentence
 * for staff; never a PIN or a My Number.
 */
public record CardAnswer(String outcome, Optional<String> cardType, Optional<Integer> triesLeft,
                         Optional<ResidentView> resident, Optional<String> message) {

    static CardAnswer of(PinTriesResult result) {
        if (result instanceof PinTriesResult.TriesLeft tries) {
            // One try left is reported as the refusal it leads to: the kiosk never shows the PIN pad then.
            if (tries.onlyOneLeft()) {
                return of(new CardError.OneTryLeft(tries.cardType()));
            }
            return new CardAnswer("tries-left", Optional.of(tries.cardType().id()), Optional.of(tries.tries()),
                    Optional.empty(), Optional.empty());
        }
        return of((CardError) result);
    }

    static CardAnswer of(CardReadResult result) {
        if (result instanceof CardReadResult.Read read) {
            return new CardAnswer("read", Optional.of(read.reading().cardType().id()), Optional.empty(),
                    Optional.of(ResidentView.of(read.reading())), Optional.empty());
        }
        return of((CardError) result);
    }

    /** The card now on the reader is not the one read first: nothing of it is kept. */
    static CardAnswer otherCard() {
        return new CardAnswer("other-card", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("This is not the card that was read first."));
    }

    /** A family member's card was asked for, and the applicant's own is on the reader. */
    static CardAnswer ownCard() {
        return new CardAnswer("own-card", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("This is the card of the resident checking in, not a family member's."));
    }

    /** The card on the reader was left by the resident before: nothing is read until it is taken. */
    static CardAnswer cardLeft() {
        return new CardAnswer("card-left", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("The previous resident's card is still on the reader; it must be taken first."));
    }

    /** This answer with the masked My Number in its resident view. */
    CardAnswer withMyNumber(String masked) {
        return new CardAnswer(outcome, cardType, triesLeft, resident.map(r -> r.withMyNumber(masked)), message);
    }

    static CardAnswer of(CardError error) {
        Optional<String> message = Optional.of(error.message());
        if (error instanceof CardError.WrongPin wrong) {
            return new CardAnswer("wrong-pin", Optional.of(wrong.cardType().id()), Optional.of(wrong.triesLeft()),
                    Optional.empty(), message);
        }
        if (error instanceof CardError.OneTryLeft one) {
            return new CardAnswer("one-try-left", Optional.of(one.cardType().id()), Optional.of(1), Optional.empty(), message);
        }
        if (error instanceof CardError.PinLocked locked) {
            return new CardAnswer("pin-locked", Optional.of(locked.cardType().id()), Optional.of(0), Optional.empty(), message);
        }
        return new CardAnswer(code(error), Optional.empty(), Optional.empty(), Optional.empty(), message);
    }

    private static String code(CardError error) {
        if (error instanceof CardError.InvalidPinFormat) {
            return "invalid-pin";
        } else if (error instanceof CardError.NoReader) {
            return "no-reader";
        } else if (error instanceof CardError.NoCard) {
            return "no-card";
        } else if (error instanceof CardError.CardRemoved) {
            return "card-removed";
        } else if (error instanceof CardError.NotResponding) {
            return "not-responding";
        } else if (error instanceof CardError.UnknownCard) {
            return "unknown-card";
        } else if (error instanceof CardError.CardFailure) {
            return "card-failure";
        }
        return "unexpected";
    }
}
