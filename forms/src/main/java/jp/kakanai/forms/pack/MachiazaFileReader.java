package jp.kakanai.forms.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kakanai.forms.address.Machiaza;
import jp.kakanai.forms.address.TownAddresses;
import jp.kakanai.forms.json.FileProblem;

/**
 * Reads the town pack's 町字 file ({@value #FILE}): CSV with the column names of the Address Base Registry's 町字 data (mt_town_all.csv,
 * {@code lg_code,machiaza_id,machiaza_type,pref,…,post_code,remarks}), so a town can drop in the registry's own rows
 * for itself, or the file {@code scripts/address-master/generate.mjs} makes from KEN_ALL. Only the columns named in
 * {@link #REQUIRED} are read; the others may be empty. Every problem is reported with its file and line, like the
 * JSON files' (a CSV has no comments, so it is not read by the JSON reader).
 */
public final class MachiazaFileReader {
    public static final String FILE = "addresses/machiaza.csv";
    static final List<String> REQUIRED = List.of("lg_code", "machiaza_id", "machiaza_type", "pref", "county", "city",
            "ward", "oaza_cho", "oaza_cho_kana", "chome", "chome_kana", "chome_number", "rsdt_addr_flg", "ablt_date",
            "post_code");
    private static final Pattern ID = Pattern.compile("\\d{7}");
    private static final Pattern LG_CODE = Pattern.compile("\\d{6}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{7}");

    private MachiazaFileReader() {
    }

    /**
     * The town and its 町字 in file order, abolished rows ({@code ablt_date}) left out; empty, with every mistake
     * added to {@code problems}, when the file has any.
     */
    public static Optional<TownAddresses> read(String fileName, String text, List<FileProblem> problems) {
        int before = problems.size();
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            problems.add(new FileProblem(fileName, 0, "empty; expected the 町字 data's header line"));
            return Optional.empty();
        }
        List<String> header = Csv.cells(stripBom(lines.get(0)));
        List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new FileProblem(fileName, 1, "missing columns " + missing
                    + " (the header of the Address Base Registry's 町字 data, mt_town_all.csv)"));
            return Optional.empty();
        }
        List<Machiaza> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String lgCode = null;
        String townName = null;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int line = i + 1;
            List<String> cells = Csv.cells(lines.get(i));
            if (cells.size() != header.size()) {
                problems.add(new FileProblem(fileName, line, cells.size() + " cells, the header has " + header.size()));
                continue;
            }
            Map<String, String> row = header.stream().collect(Collectors.toMap(h -> h, h -> cells.get(header.indexOf(h)),
                    (a, b) -> a));
            String name = row.get("pref") + row.get("county") + row.get("city") + row.get("ward");
            if (!LG_CODE.matcher(row.get("lg_code")).matches()) {
                problems.add(new FileProblem(fileName, line, "lg_code '" + row.get("lg_code") + "' is not 6 digits"));
            } else if (lgCode == null) {
                lgCode = row.get("lg_code");
                townName = name;
            } else if (!lgCode.equals(row.get("lg_code")) || !townName.equals(name)) {
                problems.add(new FileProblem(fileName, line, "another town (" + row.get("lg_code") + " " + name
                        + "); one file holds one town"));
            }
            String id = row.get("machiaza_id");
            if (!ID.matcher(id).matches()) {
                problems.add(new FileProblem(fileName, line, "machiaza_id '" + id + "' is not 7 digits"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new FileProblem(fileName, line, "machiaza_id " + id + " appears twice"));
            }
            if (!row.get("ablt_date").isEmpty()) {
                continue;
            }
            Optional<Integer> chomeNumber = Optional.of(row.get("chome_number")).filter(s -> !s.isEmpty())
                    .flatMap(MachiazaFileReader::number);
            if (!row.get("chome").isEmpty() && chomeNumber.isEmpty()) {
                problems.add(new FileProblem(fileName, line, "丁目 '" + row.get("chome")
                        + "' without its number (chome_number)"));
            }
            if (row.get("oaza_cho").isEmpty() && row.get("chome").isEmpty()) {
                problems.add(new FileProblem(fileName, line, "neither oaza_cho nor chome: a 町字 needs a name"));
            }
            String postcode = row.get("post_code");
            if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches()) {
                problems.add(new FileProblem(fileName, line, "post_code '" + postcode + "' is not 7 digits"));
            }
            rows.add(new Machiaza(id, row.get("oaza_cho"), row.get("oaza_cho_kana"), optional(row.get("chome")),
                    optional(row.get("chome_kana")), chomeNumber, "1".equals(row.get("rsdt_addr_flg")),
                    optional(postcode)));
        }
        if (rows.isEmpty() && problems.size() == before) {
            problems.add(new FileProblem(fileName, 0, "no 町字 in force"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TownAddresses(lgCode, townName, rows));
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
