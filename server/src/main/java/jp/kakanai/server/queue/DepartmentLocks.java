package jp.kakanai.server.queue;

import jakarta.annotation.PostConstruct;
import jp.kakanai.server.townpack.TownPacks;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One lock row per department ({@code queue_department_lock}): a step at a department locks its row in the step's
 * transaction, so two clerks — on one server or several sharing PostgreSQL — never call the same resident and the
 * day's closing never races a step. The rows are made before the first request and again whenever another town
 * pack version is put in force: a version may add a department, whose steps would otherwise lock nothing.
 */
@Component
public class DepartmentLocks {
    private final Departments departments;
    private final JdbcClient jdbc;

    public DepartmentLocks(Departments departments, JdbcClient jdbc) {
        this.departments = departments;
        this.jdbc = jdbc;
    }

    /** Serialises the steps at one department, across servers sharing the database (in the caller's transaction). */
    public void lock(String department) {
        jdbc.sql("select department from queue_department_lock where department = :d for update")
                .param("d", department).query(String.class).list();
    }

    /** Outside any transaction: a key clash with another server is then only that server's row, already made. */
    @PostConstruct
    void createRows() {
        for (var department : departments.all()) {
            try {
                jdbc.sql("insert into queue_department_lock (department) select cast(:d as varchar(32))"
                                + " where not exists (select 1 from queue_department_lock where department = :d)")
                        .param("d", department.id()).update();
            } catch (DuplicateKeyException anotherServerWasFaster) {
                // the row exists, which is all that is needed
            }
        }
    }

    @EventListener
    void onSwitch(TownPacks.Switched switched) {
        createRows();
    }
}
