package jp.kakanai.forms.navigation;

import java.time.Clock;
import java.time.ZoneId;
import jp.kakanai.forms.pack.TownPack;

/** The sample town pack's catalog and its life events, for the navigation tests. */
public final class SampleTown {
    public static final LifeEvent MOVE_IN = event("move-in");
    public static final LifeEvent MOVE_OUT = event("move-out");
    public static final LifeEvent MOVE_WITHIN = event("move-within");
    public static final LifeEvent BIRTH = event("birth");
    public static final LifeEvent DEATH = event("death");
    public static final LifeEvent MARRIAGE = event("marriage");

    private SampleTown() {
    }

    public static ProcedureCatalog catalog() {
        return TownPack.sample().catalog();
    }

    /** A navigator over the sample town, dating visits in Japan time. */
    public static Navigator navigator() {
        return new Navigator(catalog(), Clock.system(ZoneId.of("Asia/Tokyo")));
    }

    public static LifeEvent event(String id) {
        return catalog().lifeEventOrThrow(id);
    }
}
