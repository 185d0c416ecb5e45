package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.stream.Collectors;

/** The navigation data is wrong; every problem found is listed, each with its file and line. */
public class CatalogException extends RuntimeException {
    private final List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super("the navigation catalog has " + problems.size() + " problem(s):\n"
                + problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
