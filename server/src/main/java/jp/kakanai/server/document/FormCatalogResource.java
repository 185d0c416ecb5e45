package jp.kakanai.server.document;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.kakanai.forms.render.FormSummary;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/** The forms the server can print, id and Japanese title, for the staff pages' labels. */
@Component
@Path("/forms")
@NoPersonalData("the catalog of form layouts")
@Produces(MediaType.APPLICATION_JSON)
public class FormCatalogResource {
    private final VisitForms forms;

    public FormCatalogResource(VisitForms forms) {
        this.forms = forms;
    }

    @GET
    public List<FormSummary> all() {
        return forms.catalog();
    }
}
