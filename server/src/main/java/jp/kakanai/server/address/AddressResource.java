package jp.kakanai.server.address;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.address.Machiaza;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.audit.NoPersonalData;
import org.springframework.stereotype.Component;
import jp.kakanai.forms.text.Redacted;

/**
 * The town's address master for the kiosk's address picker and the interview (kiosk token or staff): the list of
 * 町字 to tap, and the check of a picked address, which answers the text the forms will print.
 */
@Component
@NoPersonalData("the town's address master; an address sent to be checked is answered back, not stored nor tied to a visit")
@Path("/addresses")
@Produces(MediaType.APPLICATION_JSON)
public class AddressResource {
    private final AddressMaster master;

    public AddressResource(AddressMaster master) {
        this.master = master;
    }

    /** A 町字 to tap: a 大字・町 with its 丁目 (empty when it has none), or a 丁目 standing alone. */
    public record Entry(String id, String name, String kana, boolean residential, Optional<String> postcode,
                        List<Chome> chome) {
    }

    public record Chome(String id, int number, String name, String kana, boolean residential, Optional<String> postcode) {
    }

    public record Town(String lgCode, String name, List<Entry> machiaza) {
    }

    @GET
    @Path("/town")
    public Town town() {
        List<Entry> entries = master.machiaza().stream()
                .filter(m -> m.chome().isEmpty() || m.oazaCho().isEmpty())
                .map(m -> new Entry(m.id(), m.printed(), m.oazaChoKana().isEmpty() ? m.chomeKana().orElse("") : m.oazaChoKana(),
                        m.residential(), m.postcode(), master.chomeOf(m).stream()
                        .map(c -> new Chome(c.id(), c.chomeNumber().orElseThrow(), c.chome().orElseThrow(),
                                c.chomeKana().orElse(""), c.residential(), c.postcode())).toList()))
                .toList();
        return new Town(master.lgCode(), master.townName(), entries);
    }

    /** The checked address: {@code address} with its text and postcode as printed. */
    public record Checked(String text, Optional<String> postcode, Address address) {
        @Override
        public String toString() {
            return Redacted.record(this, "address");
        }
    }

    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Checked check(Address address) {
        if (address == null) {
            throw ApiProblem.badField("address", "The request body is empty.");
        }
        AddressCheck result = master.check(address, "address");
        if (result instanceof AddressCheck.Rejected rejected) {
            throw ApiProblem.badField(rejected.field(), rejected.message());
        }
        Address resolved = ((AddressCheck.Resolved) result).address();
        return new Checked(resolved.text().orElseThrow(), resolved.postcode(), resolved);
    }
}
