package jp.kakanai.forms.household;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import jp.kakanai.forms.navigation.Relationship;

/**
 * Who may appear in a form's household table ({@code "people"} of a table in a form definition): a table of children
 * takes only the applicant's living children, a spouse's row only the spouse, the deceased's only the deceased. The
 * procedure's own {@code concerns} narrow it further (児童手当: the children of the right age); nobody outside the role
 * is ever put in to fill a row. Roles seen from the deceased (their children, their heirs) take only who is so without
 * doubt from how each person is related to the applicant, under the assumptions {@link Kinship} states (the
 * applicant's children are also their spouse's, the applicant's parents each other's spouses); anyone else is left to
 * the clerk.
 */
public enum TableRole {
    /**
     * Everyone listed: the living when the procedure names nobody in particular (住民異動届: everyone who moves), and
     * whoever it names otherwise (国保 資格喪失 on a death: the deceased).
     */
    EVERYONE("everyone", (p, deceased) -> true),
    /**
     * Everyone alive, the applicant included, never the deceased (国保 世帯主変更: the household that stays insured,
     * as the procedure's concerns name them, with their 続柄 to the new 世帯主).
     */
    LIVING("living", (p, deceased) -> !p.deceased()),
    /**
     * Only the living the procedure's rule names, nobody when it names nobody (a procedure still to confirm): the
     * insured of 後期高齢者医療 (each person aged 75 or over, 高齢者の医療の確保に関する法律 §50) and of 介護保険 (65 or
     * over, 介護保険法 §9), so that a move-in lists each elderly member, never the applicant in their place.
     */
    CONCERNED("concerned", (p, deceased) -> !p.deceased()),
    /** The living members besides the applicant. */
    MEMBERS("members", (p, deceased) -> !p.deceased() && !p.isApplicant()),
    /** The applicant's living children (児童手当, 子ども医療費助成). */
    CHILDREN("children", (p, deceased) -> !p.deceased() && p.is(Relationship.CHILD)),
    /** The applicant's spouse. */
    SPOUSE("spouse", (p, deceased) -> !p.deceased() && p.is(Relationship.SPOUSE)),
    /** The member who died. */
    DECEASED("deceased", (p, deceased) -> p.deceased()),
    /**
     * The living children of the member who died (遺族基礎年金: 生計を同じくしていた子): the applicant's children when the
     * applicant's spouse died. When a parent of the applicant died, the applicant's children are grandchildren, never
     * listed; the applicant's brothers and sisters are not in the household's relationships, so the clerk adds them.
     */
    CHILDREN_OF_DECEASED("children-of-deceased", (p, deceased) -> !p.deceased() && p.is(Relationship.CHILD)
            && deceased.filter(d -> d.is(Relationship.SPOUSE)).isPresent()),
    /**
     * The heirs of the first rank (民法 §887, §890: the spouse and the children) living in the household, the applicant
     * apart (相続人代表者: the others): after the applicant's spouse, the applicant's children; after a parent of the
     * applicant, the other parent. Parents-in-law, the applicant's own parents after a spouse, grandchildren and
     * children's spouses are no heirs of the first rank and never listed.
     */
    OTHER_HEIRS("other-heirs", (p, deceased) -> !p.deceased() && !p.isApplicant()
            && (p.is(Relationship.CHILD) && deceased.filter(d -> d.is(Relationship.SPOUSE)).isPresent()
            || p.is(Relationship.PARENT) && deceased.filter(d -> d.is(Relationship.PARENT)).isPresent()));

    private final String id;
    private final BiPredicate<PrintedPerson, Optional<PrintedPerson>> takes;

    TableRole(String id, BiPredicate<PrintedPerson, Optional<PrintedPerson>> takes) {
        this.id = id;
        this.takes = takes;
    }

    public String id() {
        return id;
    }

    /** Whether {@code person} belongs in a table of this role in a household where {@code deceased} died (if anyone). */
    public boolean takes(PrintedPerson person, Optional<PrintedPerson> deceased) {
        return takes.test(person, deceased);
    }

    /** Whether the table stays empty when the procedure names nobody, instead of listing the living. */
    public boolean onlyWhomTheProcedureNames() {
        return this == CONCERNED;
    }

    public static Optional<TableRole> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(TableRole::id).collect(Collectors.joining(", "));
    }
}
