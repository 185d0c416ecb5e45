package jp.kakanai.server;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The static pages (classpath:/static) under short addresses. */
@Configuration
class WebPages implements WebMvcConfigurer {
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/staff/");
        registry.addViewController("/staff/").setViewName("forward:/staff/index.html");
        registry.addRedirectViewController("/staff", "/staff/");
        registry.addViewController("/board/").setViewName("forward:/board/index.html");
        registry.addRedirectViewController("/board", "/board/");
        registry.addViewController("/manager/").setViewName("forward:/manager/index.html");
        registry.addRedirectViewController("/manager", "/manager/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/account/").setViewName("forward:/account/index.html");
        registry.addRedirectViewController("/account", "/account/");
        registry.addViewController("/audit/").setViewName("forward:/audit/index.html");
        registry.addRedirectViewController("/audit", "/audit/");
        registry.addViewController("/home/").setViewName("forward:/home/index.html");
        registry.addRedirectViewController("/home", "/home/");
        registry.addViewController("/reserve/").setViewName("forward:/reserve/index.html");
        registry.addRedirectViewController("/reserve", "/reserve/");
        registry.addViewController("/congestion/").setViewName("forward:/congestion/index.html");
        registry.addRedirectViewController("/congestion", "/congestion/");
    }
}
