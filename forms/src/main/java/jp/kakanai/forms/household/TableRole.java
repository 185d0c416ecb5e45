package jp.kakanai.forms.household;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jp.kakanai.forms.navigation.Relationship;

/**
 * Who may appear in a form's household table ({@code "people"} of a table in a form definition): a table of children
 * takes only the applicant's living children, a spouse's row only the spouse, the deceased's only the deceased. The
 * procedure's own {@code concerns} narrow it further (児童手当: the children of the right age); nobody outside the role
 * is ever put in to fill a row.
 */
public enum TableRole {
    /**
     * Everyone listed: the living when the procedure names nobody in particular (住民異動届: everyone who moves), and
     * whoever it names otherwise (国保 資格喪失 on a death: the deceased).
     */
    EVERYONE("everyone", p -> true),
    /** The living members besides the applicant. */
    MEMBERS("members", p -> !p.deceased() && !p.isApplicant()),
    /** The applicant's living children (児童手当, 子ども医療費助成). */
    CHILDREN("children", p -> !p.deceased() && p.is(Relationship.CHILD)),
    /** The applicant's spouse. */
    SPOUSE("spouse", p -> !p.deceased() && p.is(Relationship.SPOUSE)),
    /** The member who died. */
    DECEASED("deceased", PrintedPerson::deceased);

    private final String id;
    private final Predicate<PrintedPerson> takes;

    TableRole(String id, Predicate<PrintedPerson> takes) {
        this.id = id;
        this.takes = takes;
    }

    public String id() {
        return id;
    }

    public boolean takes(PrintedPerson person) {
        return takes.test(person);
    }

    public static Optional<TableRole> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(TableRole::id).collect(Collectors.joining(", "));
    }
}
