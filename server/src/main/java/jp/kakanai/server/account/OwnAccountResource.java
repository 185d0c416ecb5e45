package jp.kakanai.server.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.kakanai.server.api.ApiProblem;
import jp.kakanai.server.audit.NoPersonalData;
import jp.kakanai.server.security.StaffScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import jp.kakanai.forms.text.Redacted;

/** The signed-in staff member's own account: what it may do, its password, its second factor. */
@Component
@Path("/account")
@Produces(MediaType.APPLICATION_JSON)
@NoPersonalData("the caller's own staff account")
public class OwnAccountResource {
    private static final String PENDING_SECRET = "kakanai.secondFactor.pending";
    private final OwnAccount accounts;
    private final long idleSeconds;

    public OwnAccountResource(OwnAccount accounts, @Value("${spring.session.timeout:15m}") java.time.Duration idle) {
        this.accounts = accounts;
        this.idleSeconds = idle.toSeconds();
    }

    /**
     * @param duty where this session may take the queue's steps, as the server checks them ({@code DepartmentDuty}):
     *             the staff page shows only those steps' buttons
     */
    public record Me(String username, String displayName, String source, List<String> roles, List<String> departments,
                     boolean mustChangePassword, boolean secondFactor, long idleTimeoutSeconds, Duty duty) {
    }

    /** Every department's tickets (one-stop counter, managers), or only those at the listed departments. */
    public record Duty(boolean everyDepartment, List<String> departments) {
        static Duty of(StaffScope scope) {
            return new Duty(scope.everyDepartment(), scope.departments().stream().sorted().toList());
        }
    }

    public record SecondFactorSetUp(String uri, String secret, String qrSvg) {
        @Override
        public String toString() {
            return Redacted.record(this);
        }
    }

    @GET
    public Me me(@Context SecurityContext caller) {
        StaffAccount a = accounts.of(caller.getUserPrincipal().getName());
        return new Me(a.username(), a.displayName(), a.source().id(), a.roles().stream().map(Enum::name).sorted().toList(),
                a.departments().stream().sorted().toList(), a.mustChangePassword(), a.secondFactor(), idleSeconds,
                Duty.of(StaffScope.current()));
    }

    /** 204, and the session ends: the next sign-in is with the new password (and gets the account's full rights). */
    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(AccountRequests.PasswordChange change, @Context SecurityContext caller,
                                   @Context HttpServletRequest request) {
        if (change == null) {
            throw ApiProblem.badField("newPassword", "The request body is empty.");
        }
        accounts.changePassword(caller.getUserPrincipal().getName(), change.currentPassword(), change.newPassword());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** A new secret for the authenticator app, kept in the session until a code from it is confirmed. */
    @POST
    @Path("/second-factor")
    public SecondFactorSetUp startSecondFactor(@Context SecurityContext caller, @Context HttpServletRequest request) {
        byte[] secret = Totp.newSecret();
        request.getSession(true).setAttribute(PENDING_SECRET, secret);
        String uri = Totp.uri(SecondFactors.ISSUER, caller.getUserPrincipal().getName(), secret);
        return new SecondFactorSetUp(uri, Totp.base32(secret), svg(uri));
    }

    @POST
    @Path("/second-factor/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirmSecondFactor(AccountRequests.SecondFactorConfirmation confirmation,
                                        @Context SecurityContext caller, @Context HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING_SECRET) instanceof byte[] secret)) {
            throw ApiProblem.conflict("Start the set-up first: the secret is shown once, then confirmed with a code.");
        }
        accounts.enableSecondFactor(caller.getUserPrincipal().getName(), secret,
                confirmation == null ? null : confirmation.code());
        session.removeAttribute(PENDING_SECRET);
        return Response.noContent().build();
    }

    /** The QR code of the otpauth address as SVG (no image file, no script): one path of dark modules. */
    static String svg(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
            int size = matrix.getWidth();
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x + 4).append(',').append(y + 4).append("h1v1h-1z");
                    }
                }
            }
            int box = size + 8;
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + box + " " + box + "\" width=\"240\""
                    + " height=\"240\" role=\"img\" aria-label=\"認証アプリ用のQRコード\"><rect width=\"100%\" height=\"100%\""
                    + " fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("an otpauth address fits a QR code", e);
        }
    }
}
