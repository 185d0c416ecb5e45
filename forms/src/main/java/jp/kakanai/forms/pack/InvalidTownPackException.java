package jp.kakanai.forms.pack;

import java.util.List;
import java.util.stream.Collectors;
import jp.kakanai.forms.json.FileProblem;

/** The town pack has mistakes; the message lists every one as {@code file:line: what is wrong}. */
public class InvalidTownPackException extends RuntimeException {
    private final List<FileProblem> problems;

    public InvalidTownPackException(List<FileProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the town pack:\n"
                + problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
