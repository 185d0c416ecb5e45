package jp.kakanai.kiosk.card;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/** Picks the reader: the configured one by name, else the first reader that holds a card. */
final class TerminalChoice {
    private TerminalChoice() {
    }

    static CardTerminal choose(TerminalFactory factory, Optional<String> wanted) throws CardProblem {
        List<CardTerminal> all = list(factory);
        if (wanted.isPresent()) {
            CardTerminal t = all.stream().filter(x -> x.getName().equals(wanted.get())).findFirst()
                    .orElseThrow(() -> new CardProblem(new CardError.NoReader("no reader named '" + wanted.get()
                            + "' is connected; connected readers: " + names(all))));
            if (!present(t)) {
                throw new CardProblem(new CardError.NoCard(t.getName()));
            }
            return t;
        }
        return all.stream().filter(TerminalChoice::present).findFirst()
                .orElseThrow(() -> new CardProblem(new CardError.NoCard(all.size() == 1
                        ? all.get(0).getName() : "any of " + names(all))));
    }

    static List<CardTerminal> list(TerminalFactory factory) throws CardProblem {
        List<CardTerminal> all;
        try {
            all = factory.terminals().list();
        } catch (CardException e) {
            throw new CardProblem(new CardError.NoReader("the smart card service did not list readers ("
                    + e.getMessage() + ")"));
        }
        if (all.isEmpty()) {
            throw new CardProblem(new CardError.NoReader("None".equals(factory.getType())
                    ? "the PC/SC service is not available (is pcscd installed and running?)"
                    : "no reader is connected"));
        }
        return all;
    }

    static boolean present(CardTerminal t) {
        try {
            return t.isCardPresent();
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }

    private static String names(List<CardTerminal> all) {
        return all.stream().map(t -> "'" + t.getName() + "'").collect(Collectors.joining(", "));
    }
}
