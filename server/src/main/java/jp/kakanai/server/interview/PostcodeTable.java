package jp.kakanai.server.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which prefecture a postcode (郵便番号) belongs to, by its first three digits, from a data file ({@value #RESOURCE})
 * that {@code scripts/address-master/generate.mjs} derives from Japan Post's KEN_ALL (see docs/journeys.md). Japan
 * Post assigns the first digits by region, so the first three name the prefecture; where one three-digit area spans
 * a prefectural border (498: 愛知県 and 三重県's 木曽岬町) the file lists each, and either is accepted; a prefix
 * without any postcode is not listed. This is a plausibility check against typing mistakes, not an address lookup.
 */
final class PostcodeTable {
    static final String RESOURCE = "/address/postcode-prefectures.csv";
    private static final Pattern LINE = Pattern.compile("(\\d{3})(?:-(\\d{3}))?,(.+)");

    private final TreeMap<Integer, List<String>> byPrefix;

    private PostcodeTable(TreeMap<Integer, List<String>> byPrefix) {
        this.byPrefix = byPrefix;
    }

    /** The shipped table. */
    static PostcodeTable standard() {
        try (InputStream in = PostcodeTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse("postcode-prefectures.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the table: {@code from-to,prefecture} or {@code prefix,prefecture|prefecture}; later lines
     * override earlier ones for their prefixes; {@code #} starts a comment. Every problem is reported with its
     * line, and every prefecture must have postcodes.
     */
    static PostcodeTable parse(String name, String text) {
        TreeMap<Integer, List<String>> byPrefix = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.replaceFirst("#.*", "").strip();
                if (content.isEmpty()) {
                    continue;
                }
                Matcher m = LINE.matcher(content);
                if (!m.matches()) {
                    problems.add(name + ":" + number + ": expected 'from-to,prefecture' or 'prefix,prefecture|prefecture'");
                    continue;
                }
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                List<String> prefectures = Arrays.stream(m.group(3).split("\\|")).map(String::strip).toList();
                for (String prefecture : prefectures) {
                    if (!Prefectures.isPrefecture(prefecture)) {
                        problems.add(name + ":" + number + ": '" + prefecture
                                + "' is not a prefecture (full name, e.g. 東京都, 大阪府, 北海道)");
                    }
                }
                if (from < 1 || to < from) {
                    problems.add(name + ":" + number + ": range " + m.group(1) + "-" + m.group(2) + " is empty or starts at 000");
                }
                for (int prefix = Math.max(from, 1); prefix <= to; prefix++) {
                    byPrefix.put(prefix, prefectures);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Set<String> covered = new java.util.HashSet<>();
        byPrefix.values().forEach(covered::addAll);
        Prefectures.ALL.stream().filter(p -> !covered.contains(p)).findFirst()
                .ifPresent(p -> problems.add(name + ": no postcodes for " + p));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid postcode table:\n" + String.join("\n", problems));
        }
        return new PostcodeTable(byPrefix);
    }

    /** The prefecture(s) of a 7-digit postcode ({@code 1000013} or {@code 100-0013}); none when no postcode starts so. */
    Set<String> prefecturesOf(String postcode) {
        String digits = postcode.replace("-", "");
        List<String> prefectures = byPrefix.get(Integer.parseInt(digits.substring(0, 3)));
        return prefectures == null ? Set.of() : Set.copyOf(prefectures);
    }
}
