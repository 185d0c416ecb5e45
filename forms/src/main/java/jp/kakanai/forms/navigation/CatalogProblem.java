package jp.kakanai.forms.navigation;

/** One mistake in the navigation data, with the file and line to fix. */
public record CatalogProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
