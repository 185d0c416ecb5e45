package jp.kakanai.server.account;

import java.util.List;
import jp.kakanai.forms.navigation.Department;
import jp.kakanai.forms.navigation.Navigator;
import org.springframework.stereotype.Component;

/** The departments staff can be assigned to: the catalog's ids (a town's data, not code). */
@Component
class DepartmentIds {
    private final Navigator navigator;

    DepartmentIds(Navigator navigator) {
        this.navigator = navigator;
    }

    boolean exists(String id) {
        return all().contains(id);
    }

    List<String> all() {
        return departments().stream().map(Department::id).toList();
    }

    List<Department> departments() {
        return navigator.catalog().departments();
    }
}
