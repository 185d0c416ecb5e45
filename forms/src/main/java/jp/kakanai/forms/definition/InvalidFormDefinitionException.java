package jp.kakanai.forms.definition;

import java.util.List;
import java.util.stream.Collectors;

/** A form definition file has mistakes; the message lists each one as {@code file:line: what is wrong}. */
public class InvalidFormDefinitionException extends RuntimeException {
    private final List<DefinitionProblem> problems;

    public InvalidFormDefinitionException(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
