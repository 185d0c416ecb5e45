package jp.kakanai.server.townpack;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import jp.kakanai.forms.pack.InvalidTownPackException;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.audit.NoPersonalData;
import org.springframework.stereotype.Component;

/**
 * The town pack's versions, for managers: list them, upload a new one (a zip of the pack's directory), import
 * the configured directory, put a stored version back in force, download one. A version is validated whole
 * first; an invalid one is refused with every problem (422) and nothing changes.
 */
@Component
@Path("/town/versions")
@NoPersonalData("the town pack's versions: forms, rules and texts a town decides, no resident's data")
@Produces(MediaType.APPLICATION_JSON)
public class TownPackVersionsResource {
    /** A town pack is text; 20 MB is far above the sample (about 0.4 MB) and keeps a wrong file out. */
    static final int MAX_ARCHIVE_BYTES = 20 << 20;
    static final int MAX_NOTE_CODE_POINTS = 200;
    private final TownPacks packs;
    private final TownPackSource source;

    public TownPackVersionsResource(TownPacks packs, TownPackSource source) {
        this.packs = packs;
        this.source = source;
    }

    /** The versions and the one in force. */
    public record Versions(int inForce, String sha256, List<PackVersion> versions) {
    }

    /** A refused pack: what to fix, each problem with its file and line. */
    public record Rejected(String error, List<FileProblem> problems) {
    }

    @GET
    public Versions versions() {
        TownPacks.InForce now = packs.current();
        return new Versions(now.version(), now.sha256(), packs.versions());
    }

    @POST
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream archive, @QueryParam("note") String note, @Context SecurityContext security) {
        DataFiles files;
        try {
            byte[] bytes = archive.readNBytes(MAX_ARCHIVE_BYTES + 1);
            if (bytes.length > MAX_ARCHIVE_BYTES) {
                throw new ApiProblem(413, "The archive is larger than 20 MB.", null);
            }
            files = DataFiles.fromZip(bytes);
        } catch (IOException | IllegalArgumentException e) {
            throw ApiProblem.badField("archive", "Not a zip archive of a town pack: " + e.getMessage());
        }
        if (files.all().isEmpty()) {
            throw ApiProblem.badField("archive", "The archive holds no files; zip the town pack's directory.");
        }
        return added(files, PackVersion.UPLOAD, note, security);
    }

    @POST
    @Path("/from-directory")
    public Response fromDirectory(@QueryParam("note") String note, @Context SecurityContext security) {
        DataFiles files = source.directoryFiles().orElseThrow(() -> new ApiProblem(409,
                "No directory is configured (kakanai.town-pack); upload a zip of the pack instead.", null));
        return added(files, PackVersion.DIRECTORY, note, security);
    }

    @POST
    @Path("/{version}/activate")
    public Response activate(@PathParam("version") int version, @Context SecurityContext security) {
        try {
            return Response.ok(packs.activate(version, security.getUserPrincipal().getName())).build();
        } catch (TownPacks.UnknownVersion e) {
            throw ApiProblem.notFound(e.getMessage());
        } catch (InvalidTownPackException e) {
            return rejected(e);
        }
    }

    @GET
    @Path("/{version}/archive")
    @Produces("application/zip")
    public Response archive(@PathParam("version") int version) {
        try {
            return Response.ok(PackArchive.zip(packs.files(version)))
                    .header("Content-Disposition", "attachment; filename=\"town-pack-v" + version + ".zip\"").build();
        } catch (TownPacks.UnknownVersion e) {
            throw ApiProblem.notFound(e.getMessage());
        }
    }

    private Response added(DataFiles files, String how, String note, SecurityContext security) {
        Optional<String> kept = Optional.ofNullable(note).filter(n -> !n.isBlank());
        // The column holds 500 UTF-16 units: 200 code points fit whatever the characters (see V151).
        if (kept.filter(n -> n.codePointCount(0, n.length()) > MAX_NOTE_CODE_POINTS).isPresent()) {
            throw ApiProblem.badField("note", "The note is longer than " + MAX_NOTE_CODE_POINTS + " characters.");
        }
        try {
            PackVersion version = packs.add(files, how, kept, security.getUserPrincipal().getName());
            return Response.status(201).entity(version).build();
        } catch (InvalidTownPackException e) {
            return rejected(e);
        }
    }

    private static Response rejected(InvalidTownPackException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new Rejected(
                "タウンパックに " + e.problems().size() + " 件の問題があります。何も変更していません。 / The town pack has "
                        + e.problems().size() + " problem(s); nothing was changed.", e.problems())).build();
    }
}
