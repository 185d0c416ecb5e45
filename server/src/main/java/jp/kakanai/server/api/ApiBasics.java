package jp.kakanai.server.api;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * What every Kakanai API has, the staff server's ({@link JerseyConfig}, which still lists the same lines itself: a
 * file several branches add to at once, folded when they have landed) and the public side's: the one strict JSON
 * mapper ({@link ApiJson}, without Jackson's own exception mappers), the error answers that name a field and never
 * quote a request value ({@link ErrorMappers}), no Bean Validation detail in responses, no WADL.
 */
public final class ApiBasics {
    private ApiBasics() {
    }

    public static void applyTo(ResourceConfig api) {
        api.register(JacksonFeature.withoutExceptionMappers());
        api.register(ApiJson.class);
        ErrorMappers.all().forEach(api::register);
        api.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        api.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        api.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
