package jp.kakanai.forms.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Typed reading of one pack file's JSON: a missing or mistyped property is reported with its line and
 * reading goes on, so that one pass finds every mistake in every file. The small validators of each file
 * kind (forms, procedures, questions, messages …) are written with it.
 */
public final class JsonReading {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final List<FileProblem> problems;

    /** Reads {@code file}; problems go to {@code problems}, which several files may share. */
    public JsonReading(String file, List<FileProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    public void problem(int line, String message) {
        problems.add(new FileProblem(file, line, message));
    }

    public void problem(LocatedJson node, String message) {
        problem(node.line(), message);
    }

    /** The file's top-level object, or empty with the syntax error (or "expected an object") reported. */
    public Optional<LocatedJson.Obj> parseObject(String text, String what) {
        try {
            if (LocatedJson.parse(text) instanceof LocatedJson.Obj obj) {
                return Optional.of(obj);
            }
            problem(1, what + " is a JSON object { ... }");
        } catch (LocatedJson.SyntaxError e) {
            problem(e.line(), e.getMessage());
        }
        return Optional.empty();
    }

    /** The node as an object, else a problem. */
    public Optional<LocatedJson.Obj> object(LocatedJson node, String what) {
        if (node instanceof LocatedJson.Obj obj) {
            return Optional.of(obj);
        }
        problem(node, "expected " + what + " as an object { … }");
        return Optional.empty();
    }

    /** Unknown properties are errors (a misspelt one would otherwise be ignored silently). */
    public void checkProperties(LocatedJson.Obj obj, Set<String> allowed, String what) {
        obj.members().keySet().stream().filter(k -> !allowed.contains(k)).forEach(k -> problem(obj.lineOf(k),
                "unknown property '" + k + "' in " + what + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
    }

    /** Every required property present and no others; false when one is missing. */
    public boolean properties(LocatedJson.Obj obj, Set<String> required, Set<String> optional, String what) {
        Set<String> allowed = new HashSet<>(required);
        allowed.addAll(optional);
        checkProperties(obj, allowed, what);
        boolean complete = true;
        for (String key : new TreeSet<>(required)) {
            if (!obj.has(key)) {
                problem(obj, "missing '" + key + "' in " + what);
                complete = false;
            }
        }
        return complete;
    }

    public String requiredString(LocatedJson.Obj obj, String key) {
        Optional<String> s = string(obj, key);
        if (s.isEmpty() && !obj.has(key)) {
            problem(obj, "missing '" + key + "'");
        }
        return s.orElse(null);
    }

    /** A non-empty text, when present. */
    public Optional<String> string(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof LocatedJson.Value v && v.value() instanceof String s && !s.isBlank()) {
            return Optional.of(s);
        }
        problem(node, "'" + key + "' must be a text in quotes");
        return Optional.empty();
    }

    /** A stable id: lower-case English kebab-case (ids outlive their Japanese names and go into URLs). */
    public Optional<String> id(LocatedJson.Obj obj, String key) {
        return string(obj, key).filter(id -> isId(id, obj.members().get(key)));
    }

    public boolean isId(String id, LocatedJson at) {
        if (KEBAB.matcher(id).matches()) {
            return true;
        }
        problem(at, "'" + id + "' is not a stable id: use lower-case English kebab-case, e.g. nhi-enroll");
        return false;
    }

    public List<String> strings(LocatedJson.Obj obj, String key) {
        List<String> out = new ArrayList<>();
        for (LocatedJson item : list(obj, key)) {
            if (item instanceof LocatedJson.Value v && v.value() instanceof String s) {
                out.add(s);
            } else {
                problem(item, "'" + key + "' must be a list of texts");
            }
        }
        return out;
    }

    /** The items of a list property; empty (and reported) when it is not a list. */
    public List<LocatedJson> list(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof LocatedJson.Arr arr) {
            return arr.items();
        }
        problem(node, "'" + key + "' must be a list [\"...\", ...]");
        return List.of();
    }

    /** Each item of a list property that is an object; other items are reported. */
    public void eachObject(LocatedJson.Obj obj, String key, String what, Consumer<LocatedJson.Obj> action) {
        for (LocatedJson item : list(obj, key)) {
            object(item, what).ifPresent(action);
        }
    }

    public double requiredNumber(LocatedJson.Obj obj, String key) {
        Optional<Double> n = number(obj, key);
        if (n.isEmpty() && !obj.has(key)) {
            problem(obj, "missing '" + key + "' (millimetres)");
        }
        return n.orElse(0.0);
    }

    public Optional<Double> number(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof LocatedJson.Value v && v.value() instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        problem(node, "'" + key + "' must be a number");
        return Optional.empty();
    }

    public Optional<Integer> integer(LocatedJson.Obj obj, String key) {
        return number(obj, key).map(Double::intValue);
    }

    /** A whole number (no fraction), e.g. a walking order or an age. */
    public Optional<Integer> wholeNumber(LocatedJson node, String what) {
        if (node instanceof LocatedJson.Value v && (v.value() instanceof Long || v.value() instanceof Integer)
                && Math.abs(((Number) v.value()).longValue()) < Integer.MAX_VALUE) {
            return Optional.of(((Number) v.value()).intValue());
        }
        problem(node, what + " must be a whole number");
        return Optional.empty();
    }

    public Optional<Boolean> bool(LocatedJson.Obj obj, String key) {
        LocatedJson node = obj.members().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof LocatedJson.Value v && v.value() instanceof Boolean b) {
            return Optional.of(b);
        }
        problem(node, "'" + key + "' must be true or false");
        return Optional.empty();
    }

    /** {@code true} or {@code false}; absent: false. */
    public boolean flag(LocatedJson.Obj obj, String key) {
        return bool(obj, key).orElse(false);
    }

    /** False (and reported, naming the first line) when the id was seen before in this kind. */
    public boolean unique(String kind, String id, LocatedJson at, Map<String, Integer> seen) {
        Integer first = seen.putIfAbsent(id, at.line());
        if (first != null) {
            problem(at, "duplicate " + kind + " id '" + id + "' (first at line " + first + ")");
            return false;
        }
        return true;
    }
}
