package jp.kakanai.server.account;

import java.util.List;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.stereotype.Component;

/** The departments staff can be assigned to: the ids of the town pack in force (a town's data, not code). */
@Component
class DepartmentIds {
    private final TownPacks packs;

    DepartmentIds(TownPacks packs) {
        this.packs = packs;
    }

    boolean exists(String id) {
        return all().contains(id);
    }

    List<String> all() {
        return departments().stream().map(Department::id).toList();
    }

    List<Department> departments() {
        return packs.current().pack().catalog().departments();
    }
}
