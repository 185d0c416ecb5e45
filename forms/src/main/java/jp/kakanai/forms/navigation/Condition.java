package jp.kakanai.forms.navigation;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * When a life event needs a procedure: a small expression tree read from the catalog (see
 * docs/navigation.md for its JSON form). Leaves are facts (ages from birth dates, household size, a card
 * read) and answers to questions; everything is evaluated in three-valued logic.
 */
sealed interface Condition {

    /** Every leaf of this tree. */
    Stream<Condition> leaves();

    /** The ids of the questions this condition reads. */
    default Set<String> questionIds() {
        return leaves().filter(AnswerIn.class::isInstance)
                .map(leaf -> ((AnswerIn) leaf).questionId())
                .collect(java.util.stream.Collectors.toSet());
    }

    record Always() implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return Stream.of(this);
        }
    }

    record All(List<Condition> conditions) implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return conditions.stream().flatMap(Condition::leaves);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return conditions.stream().flatMap(Condition::leaves);
        }
    }

    record Not(Condition condition) implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return condition.leaves();
        }
    }

    /** The question was answered with one of the values. */
    record AnswerIn(String questionId, Set<String> values) implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return Stream.of(this);
        }
    }

    /** Someone among {@code who} is aged {@code min..max} (inclusive) at the visit date, counted as {@code ages}. */
    record AgeIn(Who who, Ages ages, int min, int max) implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return Stream.of(this);
        }
    }

    /** The living household, the resident included, counts {@code min..max} people. */
    record HouseholdSize(int min, int max) implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return Stream.of(this);
        }
    }

    /** The resident's My Number Card was read for this visit. */
    record CardRead() implements Condition {
        @Override
        public Stream<Condition> leaves() {
            return Stream.of(this);
        }
    }
}
