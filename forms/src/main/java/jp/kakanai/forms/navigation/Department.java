package jp.kakanai.forms.navigation;

/**
 * A department (課) of the town hall. {@code walkingOrder} is the order in which a resident visits the
 * counters: the resident register (市民課) comes first because every other department works from the
 * updated register.
 */
public record Department(String id, LocalizedText name, int walkingOrder) {
}
