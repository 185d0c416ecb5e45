package jp.kakanai.server.interview;

/** One field the clerk has to correct: its JSON path ({@code members[1].kana}) and a plain Japanese sentence. */
public record FieldError(String field, String error) {
}
