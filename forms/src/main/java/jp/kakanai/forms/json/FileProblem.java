package jp.kakanai.forms.json;

/**
 * One mistake in a data file of the town pack (a form, the procedures, a message file …), with the line it
 * is on (1-based; 0 when no line applies). Printed as {@code file:line: what is wrong}, the way compilers do,
 * so an editor jumps to it.
 */
public record FileProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
