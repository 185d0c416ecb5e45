package jp.kakanai.forms.definition;

/** One mistake in a form definition file, with the line it is on (1-based; 0 when no line applies). */
public record DefinitionProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
