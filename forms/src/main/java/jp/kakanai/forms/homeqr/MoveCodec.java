package jp.kakanai.forms.homeqr;

import java.time.LocalDate;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.checkin.MoveFacts;
import jp.kakanai.forms.homeqr.CompactReader.DamagedPayload;

/**
 * The move in a format-2 home code, after the household (docs/qr.md):
 * <pre>
 *   flags (1 byte: bit 0 date, bit 1 new address, bit 2 previous address; 0 = no move)
 *   date (signed days since 1970-01-01), then each address present:
 *   address flags (1 byte: bit 0 text, 1 postcode, 2 machiaza id, 3 丁目, 4 番, 5 号, 6 地番, 7 building), then
 *   each present field in that order (strings; 丁目, 番 and 号 as varints)
 * </pre>
 */
final class MoveCodec {
    private static final int DATE = 1;
    private static final int NEW = 2;
    private static final int PREVIOUS = 4;
    private static final int MAX_BYTES = 4 * 100;

    private MoveCodec() {
    }

    static void write(CompactWriter out, Optional<MoveFacts> facts) {
        MoveFacts move = facts.orElse(MoveFacts.none());
        out.unsignedByte((move.date().isPresent() ? DATE : 0) | (move.newAddress().isPresent() ? NEW : 0)
                | (move.previousAddress().isPresent() ? PREVIOUS : 0));
        move.date().ifPresent(d -> out.signed(d.toEpochDay()));
        move.newAddress().ifPresent(a -> address(out, a));
        move.previousAddress().ifPresent(a -> address(out, a));
    }

    static Optional<MoveFacts> read(CompactReader in) {
        int flags = in.unsignedByte("move flags");
        if ((flags & ~(DATE | NEW | PREVIOUS)) != 0) {
            throw new DamagedPayload("move: unknown flags " + flags);
        }
        if (flags == 0) {
            return Optional.empty();
        }
        Optional<LocalDate> date = (flags & DATE) != 0 ? Optional.of(HomeQrCodec.date(in.signed("move date")))
                : Optional.empty();
        Optional<Address> newAddress = (flags & NEW) != 0 ? Optional.of(address(in, "move.newAddress"))
                : Optional.empty();
        Optional<Address> previous = (flags & PREVIOUS) != 0 ? Optional.of(address(in, "move.previousAddress"))
                : Optional.empty();
        return Optional.of(new MoveFacts(date, newAddress, previous));
    }

    private static void address(CompactWriter out, Address a) {
        out.unsignedByte((a.text().isPresent() ? 1 : 0) | (a.postcode().isPresent() ? 2 : 0)
                | (a.machiazaId().isPresent() ? 4 : 0) | (a.chome().isPresent() ? 8 : 0)
                | (a.block().isPresent() ? 16 : 0) | (a.residence().isPresent() ? 32 : 0)
                | (a.chiban().isPresent() ? 64 : 0) | (a.building().isPresent() ? 128 : 0));
        a.text().ifPresent(out::string);
        a.postcode().ifPresent(out::string);
        a.machiazaId().ifPresent(out::string);
        a.chome().ifPresent(out::varint);
        a.block().ifPresent(out::varint);
        a.residence().ifPresent(out::varint);
        a.chiban().ifPresent(out::string);
        a.building().ifPresent(out::string);
    }

    private static Address address(CompactReader in, String at) {
        int flags = in.unsignedByte(at + " flags");
        Optional<String> text = (flags & 1) != 0 ? Optional.of(in.string(at + " text", MAX_BYTES)) : Optional.empty();
        Optional<String> postcode = (flags & 2) != 0 ? Optional.of(in.string(at + " postcode", 8)) : Optional.empty();
        Optional<String> machiaza = (flags & 4) != 0 ? Optional.of(in.string(at + " machiaza id", 7)) : Optional.empty();
        Optional<Integer> chome = (flags & 8) != 0 ? Optional.of(number(in, at + " chome")) : Optional.empty();
        Optional<Integer> block = (flags & 16) != 0 ? Optional.of(number(in, at + " block")) : Optional.empty();
        Optional<Integer> residence = (flags & 32) != 0 ? Optional.of(number(in, at + " residence")) : Optional.empty();
        Optional<String> chiban = (flags & 64) != 0 ? Optional.of(in.string(at + " chiban", 40)) : Optional.empty();
        Optional<String> building = (flags & 128) != 0 ? Optional.of(in.string(at + " building", MAX_BYTES))
                : Optional.empty();
        return new Address(text, postcode, machiaza, chome, block, residence, chiban, building);
    }

    private static int number(CompactReader in, String what) {
        long value = in.varint(what);
        if (value > 999) {
            throw new DamagedPayload(what + ": " + value + " is more than 999");
        }
        return (int) value;
    }
}
