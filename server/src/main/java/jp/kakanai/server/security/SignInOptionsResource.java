package jp.kakanai.server.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import jp.kakanai.server.audit.NoPersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** For the login page: the town's OpenID Connect providers it offers as buttons (public: names only). */
@Component
@Path("/sign-in-options")
@Produces(MediaType.APPLICATION_JSON)
@NoPersonalData("public: the names of the sign-in providers")
public class SignInOptionsResource {
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    public SignInOptionsResource(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public record Provider(String id, String name) {
    }

    public record Options(List<Provider> openIdConnect) {
    }

    @GET
    public Options options() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                if (registration instanceof ClientRegistration r) {
                    providers.add(new Provider(r.getRegistrationId(), r.getClientName()));
                }
            }
        }
        return new Options(providers);
    }
}
