package jp.kakanai.server.queue;

/** Where and by whom a step was taken: the counter's name as residents see it ("3番窓口") and the clerk. */
public record Counter(String name, String clerk) {
}
