package jp.kakanai.server.api;

import jakarta.ws.rs.ApplicationPath;
import jp.kakanai.server.account.AdminResource;
import jp.kakanai.server.account.OwnAccountResource;
import jp.kakanai.server.address.AddressResource;
import jp.kakanai.server.audit.AccessLogFilter;
import jp.kakanai.server.audit.AccessLogResource;
import jp.kakanai.server.backup.BackupResource;
import jp.kakanai.server.checklist.ChecklistResource;
import jp.kakanai.server.document.FormCatalogResource;
import jp.kakanai.server.document.RenderErrors;
import jp.kakanai.server.document.VisitFormResource;
import jp.kakanai.server.homeqr.HomeQrResource;
import jp.kakanai.server.health.HealthResource;
import jp.kakanai.server.interview.InterviewResource;
import jp.kakanai.server.interview.InvalidEntry;
import jp.kakanai.server.kiosk.KioskFiguresResource;
import jp.kakanai.server.kiosk.KioskHelpResource;
import jp.kakanai.server.kiosk.KioskSessionResource;
import jp.kakanai.server.kiosk.KioskVisitResource;
import jp.kakanai.server.machine.TicketMachineResource;
import jp.kakanai.server.navigation.NavigationResource;
import jp.kakanai.server.privacy.PrivacyResource;
import jp.kakanai.server.queue.BoardResource;
import jp.kakanai.server.queue.CongestionResource;
import jp.kakanai.server.queue.OfficeHoursResource;
import jp.kakanai.server.queue.DayClosingFilter;
import jp.kakanai.server.queue.ManagerResource;
import jp.kakanai.server.queue.QueueResource;
import jp.kakanai.server.security.SignInOptionsResource;
import jp.kakanai.server.reservation.ReservationResource;
import jp.kakanai.server.townpack.TownPackVersionsResource;
import jp.kakanai.server.townpack.TownResource;
import jp.kakanai.server.visit.VisitResource;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * The REST API under {@code /api}. Resources are registered one by one: package scanning breaks inside
 * the executable jar (Spring Boot issue #3528).
 */
@Component
@ApplicationPath("/api")
public class JerseyConfig extends ResourceConfig {
    public JerseyConfig() {
        register(JacksonFeature.withoutExceptionMappers());
        register(ApiJson.class);
        ErrorMappers.all().forEach(this::register);
        register(DayClosingFilter.class);
        register(VisitResource.class);
        register(VisitFormResource.class);
        register(FormCatalogResource.class);
        register(RenderErrors.Mapper.class);
        register(NavigationResource.class);
        register(ChecklistResource.class);
        register(QueueResource.class);
        register(BoardResource.class);
        register(ManagerResource.class);
        register(HealthResource.class);
        register(PrivacyResource.class);
        register(InterviewResource.class);
        register(InvalidEntry.Mapper.class);
        register(HomeQrResource.class);
        register(AccessLogResource.class);
        register(AccessLogFilter.class);
        register(BackupResource.class);
        register(AdminResource.class);
        register(OwnAccountResource.class);
        register(SignInOptionsResource.class);
        register(KioskHelpResource.class);
        register(KioskVisitResource.class);
        register(KioskSessionResource.class);
        register(KioskFiguresResource.class);
        register(AddressResource.class);
        register(TicketMachineResource.class);
        register(ReservationResource.class);
        register(CongestionResource.class);
        register(OfficeHoursResource.class);
        register(TownResource.class);
        register(TownPackVersionsResource.class);
        property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }
}
