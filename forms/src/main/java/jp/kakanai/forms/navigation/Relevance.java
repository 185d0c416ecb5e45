package jp.kakanai.forms.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether learning one more thing (a question's answer, a household fact) can change whether a
 * procedure is needed. Exact, by enumerating the other unknowns of the procedure's condition: a question
 * is skipped only when no answer to it can change the result. Unknown facts are treated as independent
 * (a household with "someone 65+" but "no one 40+" counts as possible), which may ask a question too many
 * but never one too few.
 */
final class Relevance {
    /** Beyond this many combinations the search gives up and keeps the question: asking is the safe side. */
    private static final int MAX_COMBINATIONS = 20_000;

    /** Each question's deciding answers, computed once per catalog (the search reads them for every visit). */
    private final Map<String, List<Object>> domains = new HashMap<>();

    Relevance(Map<String, Question> questions) {
        questions.forEach((id, question) -> domains.put(id, List.copyOf(question.choiceValues())));
    }

    /** Can an answer to the question change whether the condition holds? ({@code known}: the facts' valuation) */
    boolean answerMatters(ProcedureCatalog.EventProcedure candidate, Evaluation.Valuation known, String questionId) {
        return matters(candidate, known, questionId);
    }

    /** Can a fact (a leaf that the facts leave unknown, such as an age in an unknown household) change it? */
    boolean factMatters(ProcedureCatalog.EventProcedure candidate, Evaluation.Valuation known, Condition factLeaf) {
        return matters(candidate, known, factLeaf);
    }

    /** The leaves of the condition whose truth the facts leave open (answers excluded). */
    static List<Condition> unknownFacts(ProcedureCatalog.EventProcedure candidate, Evaluation.Valuation known) {
        return candidate.leaves().stream()
                .filter(leaf -> !(leaf instanceof Condition.AnswerIn))
                .filter(leaf -> known.leaf(leaf) == Truth.UNKNOWN)
                .toList();
    }

    private boolean matters(ProcedureCatalog.EventProcedure candidate, Evaluation.Valuation known, Object target) {
        Condition condition = candidate.needed();
        Map<Object, List<Object>> variables = variables(candidate.leaves(), known);
        List<Object> targetValues = variables.remove(target);
        if (targetValues == null) {
            return false;
        }
        long combinations = 1;
        for (List<Object> domain : variables.values()) {
            combinations *= domain.size();
            if (combinations > MAX_COMBINATIONS) {
                return true;
            }
        }
        List<Object> keys = new ArrayList<>(variables.keySet());
        int[] position = new int[keys.size()];
        Map<Object, Object> assignment = new HashMap<>();
        for (long n = 0; n < combinations; n++) {
            for (int i = 0; i < keys.size(); i++) {
                assignment.put(keys.get(i), variables.get(keys.get(i)).get(position[i]));
            }
            Truth first = null;
            for (Object value : targetValues) {
                assignment.put(target, value);
                Truth result = Evaluation.evaluate(condition, leaf -> valued(leaf, known, assignment));
                if (first == null) {
                    first = result;
                } else if (result != first) {
                    return true;
                }
            }
            advance(position, keys, variables);
        }
        return false;
    }

    /** Unanswered questions (keyed by id, valued by their choices) and unknown facts (keyed by leaf, true/false). */
    private Map<Object, List<Object>> variables(List<Condition> leaves, Evaluation.Valuation known) {
        Map<Object, List<Object>> variables = new LinkedHashMap<>();
        leaves.forEach(leaf -> {
            if (leaf instanceof Condition.AnswerIn answer) {
                if (known.leaf(leaf) == Truth.UNKNOWN) {
                    variables.put(answer.questionId(), domains.get(answer.questionId()));
                }
            } else if (known.leaf(leaf) == Truth.UNKNOWN) {
                variables.put(leaf, List.of(Boolean.TRUE, Boolean.FALSE));
            }
        });
        return variables;
    }

    private static Truth valued(Condition leaf, Evaluation.Valuation known, Map<Object, Object> assignment) {
        if (leaf instanceof Condition.AnswerIn answer) {
            Object value = assignment.get(answer.questionId());
            return value == null ? known.leaf(leaf) : Truth.of(answer.values().contains(value));
        }
        Object value = assignment.get(leaf);
        return value == null ? known.leaf(leaf) : Truth.of((Boolean) value);
    }

    private static void advance(int[] position, List<Object> keys, Map<Object, List<Object>> variables) {
        for (int i = 0; i < position.length; i++) {
            position[i]++;
            if (position[i] < variables.get(keys.get(i)).size()) {
                return;
            }
            position[i] = 0;
        }
    }
}
