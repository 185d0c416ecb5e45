package jp.kakanai.server.address;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the town's 町字 file: CSV with the column names of the Address Base Registry's 町字 data (mt_town_all.csv,
 * {@code lg_code,machiaza_id,machiaza_type,pref,…,post_code,remarks}), so a town can drop in the registry's own rows
 * for itself, or the file {@code scripts/address-master/generate.mjs} makes from KEN_ALL. Only the columns named in
 * {@link #REQUIRED} are read; the others may be empty. Every problem is reported with its line.
 */
final class TownAddressFile {
    static final List<String> REQUIRED = List.of("lg_code", "machiaza_id", "machiaza_type", "pref", "county", "city",
            "ward", "oaza_cho", "oaza_cho_kana", "chome", "chome_kana", "chome_number", "rsdt_addr_flg", "ablt_date",
            "post_code");
    private static final Pattern ID = Pattern.compile("\\d{7}");
    private static final Pattern LG_CODE = Pattern.compile("\\d{6}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{7}");

    private TownAddressFile() {
    }

    /** The town: its name and its 町字 in file order, abolished rows ({@code ablt_date}) left out. */
    record Town(String lgCode, String name, List<Machiaza> machiaza) {
    }

    static Town parse(String fileName, String text) {
        List<String> lines = text.lines().toList();
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new IllegalStateException(fileName + ": empty; expected the 町字 data's header line");
        }
        List<String> header = Csv.cells(stripBom(lines.get(0)));
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(fileName + ":1: missing columns " + missing
                    + " (the header of the Address Base Registry's 町字 data, mt_town_all.csv)");
        }
        List<Machiaza> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String lgCode = null;
        String townName = null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String at = fileName + ":" + (i + 1) + ": ";
            List<String> cells = Csv.cells(lines.get(i));
            if (cells.size() != header.size()) {
                problems.add(at + cells.size() + " cells, the header has " + header.size());
                continue;
            }
            Map<String, String> row = header.stream().collect(Collectors.toMap(h -> h, h -> cells.get(header.indexOf(h)),
                    (a, b) -> a));
            String name = row.get("pref") + row.get("county") + row.get("city") + row.get("ward");
            if (!LG_CODE.matcher(row.get("lg_code")).matches()) {
                problems.add(at + "lg_code '" + row.get("lg_code") + "' is not 6 digits");
            } else if (lgCode == null) {
                lgCode = row.get("lg_code");
                townName = name;
            } else if (!lgCode.equals(row.get("lg_code")) || !townName.equals(name)) {
                problems.add(at + "another town (" + row.get("lg_code") + " " + name + "); one file holds one town");
            }
            String id = row.get("machiaza_id");
            if (!ID.matcher(id).matches()) {
                problems.add(at + "machiaza_id '" + id + "' is not 7 digits");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(at + "machiaza_id " + id + " appears twice");
            }
            if (!row.get("ablt_date").isEmpty()) {
                continue;
            }
            Optional<Integer> chomeNumber = Optional.of(row.get("chome_number")).filter(s -> !s.isEmpty())
                    .flatMap(TownAddressFile::number);
            if (!row.get("chome").isEmpty() && chomeNumber.isEmpty()) {
                problems.add(at + "丁目 '" + row.get("chome") + "' without its number (chome_number)");
            }
            if (row.get("oaza_cho").isEmpty() && row.get("chome").isEmpty()) {
                problems.add(at + "neither oaza_cho nor chome: a 町字 needs a name");
            }
            String postcode = row.get("post_code");
            if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches()) {
                problems.add(at + "post_code '" + postcode + "' is not 7 digits");
            }
            rows.add(new Machiaza(id, row.get("oaza_cho"), row.get("oaza_cho_kana"), optional(row.get("chome")),
                    optional(row.get("chome_kana")), chomeNumber, "1".equals(row.get("rsdt_addr_flg")),
                    optional(postcode)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(fileName + ": no 町字 in force");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid town address file:\n" + String.join("\n", problems));
        }
        return new Town(lgCode, townName, List.copyOf(rows));
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Integer> number(String text) {
        return text.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** RFC 4180 cells of one line (the registry quotes none, but a spreadsheet may). */
    static final class Csv {
        private Csv() {
        }

        static List<String> cells(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            return cells;
        }
    }
}
