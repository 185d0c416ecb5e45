package jp.kakanai.forms.definition;

import java.util.List;
import java.util.stream.Collectors;
import jp.kakanai.forms.json.FileProblem;

/** A form definition file has mistakes; the message lists each one as {@code file:line: what is wrong}. */
public class InvalidFormDefinitionException extends RuntimeException {
    private final List<FileProblem> problems;

    public InvalidFormDefinitionException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
