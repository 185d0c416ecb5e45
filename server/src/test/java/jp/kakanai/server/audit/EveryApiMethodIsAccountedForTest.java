package jp.kakanai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.kakanai.server.api.JerseyConfig;
import org.junit.jupiter.api.Test;

/**
 * Every API method says whether it touches residents' data: {@link PersonalData} (each call is logged) or
 * {@link NoPersonalData} (with the reason). A new endpoint without either fails here, so that no view of
 * personal data reaches the staff pages without its access-log record.
 */
class EveryApiMethodIsAccountedForTest {

    @Test
    void everyResourceMethodIsMarkedLoggedOrFreeOfPersonalData() {
        List<String> unmarked = new ArrayList<>();
        List<Class<?>> resources = new JerseyConfig().getClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class)).toList();
        assertThat(resources).as("the API's resources").hasSizeGreaterThan(10);
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                boolean endpoint = Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)
                        .anyMatch(method::isAnnotationPresent);
                boolean marked = method.isAnnotationPresent(PersonalData.class)
                        || method.isAnnotationPresent(NoPersonalData.class)
                        || resource.isAnnotationPresent(NoPersonalData.class);
                if (endpoint && !marked) {
                    unmarked.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unmarked).as("API methods that must say whether they touch residents' data: annotate them with"
                + " @PersonalData(action, visit = \"<path parameter>\") or @NoPersonalData(\"why\")").isEmpty();
    }

    @Test
    void noMethodIsBothLoggedAndFreeOfPersonalData() {
        for (Class<?> resource : new JerseyConfig().getClasses()) {
            for (Method method : resource.getMethods()) {
                assertThat(method.isAnnotationPresent(PersonalData.class)
                        && (method.isAnnotationPresent(NoPersonalData.class) || resource.isAnnotationPresent(NoPersonalData.class)))
                        .as(resource.getSimpleName() + "." + method.getName()).isFalse();
            }
        }
    }
}
