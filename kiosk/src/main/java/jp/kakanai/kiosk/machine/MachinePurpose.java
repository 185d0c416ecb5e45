package jp.kakanai.kiosk.machine;

import java.util.Map;

/** A button of the ticket machine as the server's town data gives it: id, name and hint in ja and en. */
public record MachinePurpose(String id, Map<String, String> name, Map<String, String> hint) {
}
