package jp.kakanai.server.api;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Where failures end that no handler answered: {@link LastResortFilter} around every request (first of all
 * filters, for requests and error dispatches alike), and a scheduled task's failure logged by type and place
 * only, as the API's are (Spring's default handler logs the whole exception with its messages).
 */
@Configuration
class LastResortSetup {
    private static final Logger LOG = LoggerFactory.getLogger(LastResortSetup.class);

    @Bean
    FilterRegistrationBean<LastResortFilter> lastResortFilter() {
        FilterRegistrationBean<LastResortFilter> registration = new FilterRegistrationBean<>(new LastResortFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer messageFreeScheduledTaskErrors() {
        return (ThreadPoolTaskScheduler scheduler) -> scheduler.setErrorHandler(e ->
                LOG.error("A scheduled task failed (it runs again at its next time): {}", MessageFreeTrace.of(e)));
    }
}
