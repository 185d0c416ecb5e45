package jp.kakanai.server.backup;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jp.kakanai.server.audit.AccessAction;
import jp.kakanai.server.audit.PersonalData;
import org.springframework.stereotype.Component;

/** The administrator's backup of the database (H2) while the server runs. */
@Component
@Path("/admin/backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
    private final DatabaseBackup backup;

    public BackupResource(DatabaseBackup backup) {
        this.backup = backup;
    }

    @POST
    @PersonalData(AccessAction.BACKUP)
    public DatabaseBackup.Written backUp(@Context SecurityContext caller) {
        return backup.backUp(caller.getUserPrincipal().getName());
    }
}
