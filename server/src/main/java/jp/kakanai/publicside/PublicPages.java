package jp.kakanai.publicside;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public pages under their short addresses; the site's root is 混雑状況, what a resident looks up first. */
@Configuration
class PublicPages implements WebMvcConfigurer {
    static final String[] PAGES = {"board", "congestion", "home", "reserve"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/congestion/");
        for (String page : PAGES) {
            registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
            registry.addRedirectViewController("/" + page, "/" + page + "/");
        }
    }
}
