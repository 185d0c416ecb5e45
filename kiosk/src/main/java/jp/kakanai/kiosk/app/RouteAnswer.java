package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The local API's answer about the resident's route: {@code answered} with the next question to ask
 * (absent when none is left) and every question still open ({@code open}, in the catalog's order: the page
 * shows them on one screen), the procedures and departments (the server's JSON, in every language it
 * has) and the forms that would print the My Number; or {@code server-unreachable} / {@code rejected}.
 */
public record RouteAnswer(String outcome, Optional<JsonNode> next, List<JsonNode> open, Optional<JsonNode> items,
                          Optional<JsonNode> departments, List<String> myNumberForms, int answered,
                          Optional<String> error, Optional<String> field) {

    static RouteAnswer answered(JsonNode navigation, boolean householdAnswered, List<String> myNumberForms,
                                int answered) {
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode question : navigation.path("openQuestions")) {
            // "Don't know" for the household leaves it unknown: the server would ask again; the clerk will.
            if (!(householdAnswered && KioskSession.HOUSEHOLD.equals(question.path("id").asText()))) {
                open.add(question);
            }
        }
        return new RouteAnswer("answered", open.stream().findFirst(), List.copyOf(open), Optional.of(navigation.path("items")),
                Optional.of(navigation.path("departments")), myNumberForms, answered, Optional.empty(), Optional.empty());
    }

    static RouteAnswer of(ServerReply<?> failed) {
        if (failed instanceof ServerReply.Refused<?> refused) {
            return new RouteAnswer("rejected", Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), 0,
                    Optional.of(refused.error()), refused.field());
        }
        return new RouteAnswer("server-unreachable", Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), 0,
                Optional.of(((ServerReply.Unreachable<?>) failed).detail()), Optional.empty());
    }
}
