package jp.kakanai.forms.navigation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Evaluates conditions against the facts of a visit, in three-valued logic. */
final class Evaluation {
    private Evaluation() {
    }

    /** How the leaves of a condition are valued: by the facts, or by an assignment during relevance search. */
    interface Valuation {
        Truth leaf(Condition leaf);
    }

    static Truth evaluate(Condition condition, Valuation valuation) {
        if (condition instanceof Condition.All all) {
            Truth result = Truth.TRUE;
            for (Condition c : all.conditions()) {
                result = result.and(evaluate(c, valuation));
                if (result == Truth.FALSE) {
                    return result;
                }
            }
            return result;
        }
        if (condition instanceof Condition.Any any) {
            Truth result = Truth.FALSE;
            for (Condition c : any.conditions()) {
                result = result.or(evaluate(c, valuation));
                if (result == Truth.TRUE) {
                    return result;
                }
            }
            return result;
        }
        if (condition instanceof Condition.Not not) {
            return evaluate(not.condition(), valuation).not();
        }
        return valuation.leaf(condition);
    }

    /** The valuation by the visit's facts: leaves about unknown data are {@link Truth#UNKNOWN}. */
    static Valuation byFacts(Facts facts) {
        return leaf -> leafByFacts(leaf, facts);
    }

    /**
     * The same, each leaf valued once: one visit's navigation evaluates the same leaves (ages of the same people)
     * thousands of times over 40 procedures and their relevance searches. Keyed by identity: the catalog's
     * leaves are built once. Not thread-safe; one per call.
     */
    static Valuation memo(Facts facts) {
        java.util.Map<Condition, Truth> known = new java.util.IdentityHashMap<>();
        java.util.Map<Who, java.util.Optional<List<Facts.Person>>> people = new java.util.EnumMap<>(Who.class);
        java.util.function.Function<Who, java.util.Optional<List<Facts.Person>>> peopleOnce =
                who -> people.computeIfAbsent(who, facts::people);
        return leaf -> {
            Truth truth = known.get(leaf);
            if (truth == null) {
                truth = leafByFacts(leaf, facts, peopleOnce);
                known.put(leaf, truth);
            }
            return truth;
        };
    }

    static Truth leafByFacts(Condition leaf, Facts facts) {
        return leafByFacts(leaf, facts, facts::people);
    }

    private static Truth leafByFacts(Condition leaf, Facts facts,
                                     java.util.function.Function<Who, java.util.Optional<List<Facts.Person>>> people) {
        if (leaf instanceof Condition.Always) {
            return Truth.TRUE;
        }
        if (leaf instanceof Condition.CardRead) {
            return Truth.of(facts.resident().myNumberCardRead());
        }
        if (leaf instanceof Condition.AnswerIn answer) {
            return facts.answers().decided(answer.questionId())
                    .map(value -> Truth.of(answer.values().contains(value)))
                    .orElse(Truth.UNKNOWN);
        }
        if (leaf instanceof Condition.HouseholdSize size) {
            return householdSize(size, facts);
        }
        if (leaf instanceof Condition.AgeIn age) {
            return people.apply(age.who()).map(persons -> ageIn(age, persons, facts)).orElseGet(() ->
                    // Household unknown: a resident who matches settles "someone in the household".
                    age.who() == Who.HOUSEHOLD
                            ? ageIn(age, people.apply(Who.RESIDENT).orElseThrow(), facts).or(Truth.UNKNOWN)
                            : Truth.UNKNOWN);
        }
        throw new IllegalStateException("unhandled condition " + leaf);
    }

    private static Truth householdSize(Condition.HouseholdSize size, Facts facts) {
        if (facts.household().isEmpty()) {
            // Only the resident is known for sure: one person at least.
            return size.max() < 1 ? Truth.FALSE : Truth.UNKNOWN;
        }
        long living = 1 + facts.household().get().members().stream().filter(m -> !m.deceased()).count();
        return Truth.of(living >= size.min() && living <= size.max());
    }

    private static Truth ageIn(Condition.AgeIn age, List<Facts.Person> people, Facts facts) {
        Truth result = Truth.FALSE;
        for (Facts.Person person : people) {
            result = result.or(person.birthDate()
                    .map(birth -> Truth.of(matches(age, birth, facts)))
                    .orElse(Truth.UNKNOWN));
        }
        // A death without the deceased's data: unknown, so the clerk confirms rather than the item vanishing.
        return people.isEmpty() && age.who() == Who.DECEASED ? Truth.UNKNOWN : result;
    }

    private static boolean matches(Condition.AgeIn age, java.time.LocalDate birth, Facts facts) {
        int years = age.ages().of(birth, facts.visitDate());
        return years >= age.min() && years <= age.max();
    }

    /**
     * The people a true condition is about: those matching its age leaves, outside negations. Empty when
     * the condition is about no one in particular (an answer, the event itself).
     */
    static Set<String> concerned(Condition condition, Facts facts) {
        Set<String> refs = new LinkedHashSet<>();
        collect(condition, facts, refs);
        return refs;
    }

    private static void collect(Condition condition, Facts facts, Set<String> refs) {
        if (condition instanceof Condition.All all) {
            all.conditions().forEach(c -> collect(c, facts, refs));
        } else if (condition instanceof Condition.Any any) {
            any.conditions().stream()
                    .filter(c -> evaluate(c, byFacts(facts)) == Truth.TRUE)
                    .forEach(c -> collect(c, facts, refs));
        } else if (condition instanceof Condition.AgeIn age) {
            facts.people(age.who()).orElse(List.of()).stream()
                    .filter(p -> p.birthDate().map(b -> matches(age, b, facts)).orElse(false))
                    .forEach(p -> refs.add(p.ref()));
        }
    }
}
