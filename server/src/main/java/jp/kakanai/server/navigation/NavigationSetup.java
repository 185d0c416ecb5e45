package jp.kakanai.server.navigation;

import jp.kakanai.forms.navigation.Navigator;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.OfficeClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one navigator of the server. The procedure catalog is loaded and validated at start-up: a mistake
 * in the town's data stops the server with every problem listed by file and line.
 */
@Configuration
class NavigationSetup {
    @Bean
    Navigator navigator(TownPack pack, OfficeClock clock) {
        return pack.navigator(clock.inOfficeZone());
    }
}
