package jp.kakanai.forms.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reading of a definition's JSON properties; a missing or mistyped property is reported with its line
 * and reading goes on, so that one pass finds every mistake.
 */
final class JsonFields {
    interface Problems {
        void add(int line, String message);
    }

    private final Problems problems;

    JsonFields(Problems problems) {
        this.problems = problems;
    }

    void checkProperties(LocatedJson.Obj obj, Set<String> allowed, String what) {
        obj.members().keySet().stream().filter(k -> !allowed.contains(k)).forEach(k ->
                problems.add(obj.keyLines().get(k), "unknown property '" + k + "' in " + what + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
    }

    String requiredString(LocatedJson.Obj obj, String key) {
        Optional<String> s = string(obj, key);
        if (s.isEmpty() && !obj.members().containsKey(key)) {
            problems.add(obj.line(), "missing '" + key + "'");
        }
        return s.orElse(null);
    }

    Optional<String> string(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof LocatedJson.Value v && v.value() instanceof String s) {
            return Optional.of(s);
        }
        problems.add(node.line(), "'" + key + "' must be a text in quotes");
        return Optional.empty();
    }

    List<String> strings(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node instanceof LocatedJson.Arr arr) {
            for (LocatedJson item : arr.items()) {
                if (item instanceof LocatedJson.Value v && v.value() instanceof String s) {
                    out.add(s);
                } else {
                    problems.add(item.line(), "'" + key + "' must be a list of texts");
                }
            }
        } else {
            problems.add(node.line(), "'" + key + "' must be a list of texts [\"...\", ...]");
        }
        return out;
    }

    double requiredNumber(LocatedJson.Obj obj, String key) {
        Optional<Double> n = number(obj, key);
        if (n.isEmpty() && !obj.members().containsKey(key)) {
            problems.add(obj.line(), "missing '" + key + "' (millimetres)");
        }
        return n.orElse(0.0);
    }

    Optional<Double> number(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof LocatedJson.Value v && v.value() instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        problems.add(node.line(), "'" + key + "' must be a number");
        return Optional.empty();
    }

    Optional<Integer> integer(LocatedJson.Obj obj, String key) {
        return number(obj, key).map(Double::intValue);
    }

    /** {@code true} or {@code false}; absent: false. */
    boolean flag(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return false;
        }
        if (node instanceof LocatedJson.Value v && v.value() instanceof Boolean b) {
            return b;
        }
        problems.add(node.line(), "'" + key + "' must be true or false");
        return false;
    }

}
