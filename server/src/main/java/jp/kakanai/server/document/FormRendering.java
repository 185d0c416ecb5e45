package jp.kakanai.server.document;

import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.forms.render.FontUnavailableException;
import jp.kakanai.forms.render.FormRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared, thread-safe renderer, created at start-up: a missing font stops the server right there. */
@Configuration
class FormRendering {
    @Bean
    FormRenderer formRenderer(FontProperties fonts, TownPack pack) {
        try {
            return FormRenderer.create(fonts.toSettings(), pack.forms());
        } catch (FontUnavailableException e) {
            throw new IllegalStateException("Kakanai cannot print forms: " + e.getMessage() + " ("
                    + fonts.propertyOf(e.path()) + "=" + e.path() + ")", e);
        }
    }
}
