package jp.kakanai.kiosk.app;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of the kiosk program's long-running commands ({@code run}, {@code desk}): flags, and options
 * that take one value. Anything else is an error that names it, before anything starts.
 */
record CommandOptions(Set<String> flags, Map<String, String> values) {

    static CommandOptions parse(List<String> args, Set<String> knownFlags, Set<String> valued) {
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (knownFlags.contains(option)) {
                flags.add(option);
                continue;
            }
            if (!valued.contains(option)) {
                throw new IllegalArgumentException("unknown option '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            values.put(option, args.get(++i));
        }
        return new CommandOptions(Set.copyOf(flags), Map.copyOf(values));
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    int number(String option, int otherwise) {
        return value(option).map(v -> number(option, v)).orElse(otherwise);
    }

    static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }
}
