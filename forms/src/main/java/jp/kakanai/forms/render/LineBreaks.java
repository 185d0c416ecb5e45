package jp.kakanai.forms.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line of Japanese text may break, after the basics of JIS X 4051 (日本語文書の組版方法): between any two
 * characters, except that no line starts with a closing bracket, 、。, a small kana, ー, ・ or another character that
 * must not begin a line (行頭禁則), none ends with an opening bracket (行末禁則), and a number, a Latin word and an
 * address number such as 一丁目2番3号, 1-2-3 or 101号室 stay whole (分離禁止). A space is a break that the line
 * does not show.
 */
final class LineBreaks {
    /** 行頭禁則: closing brackets, punctuation, iteration marks, small kana, prolonged sound mark, middle dots. */
    private static final String NO_LINE_START = ")]}〕〉》」』】〙〗〟’”｠»）］｝｣、。，．,.・：；:;？！?!‼⁇⁈⁉ー‐゠–〜～-"
            + "ヽヾゝゞ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + "ｧｨｩｪｫｯｬｭｮｰ･､｡゛゜%％‰℃°′″";
    /** 行末禁則: opening brackets. */
    private static final String NO_LINE_END = "([{〔〈《「『【〘〖〝‘“｟«（［｛｢";
    private static final String NUMBER = "(?:[0-9０-９]+|[〇一二三四五六七八九十百千]+)";
    /** 丁目・番地・番・号 and hyphenated address numbers, with the floor or room after them. */
    private static final Pattern ADDRESS_NUMBER = Pattern.compile(NUMBER + "(?:(?:丁目|番地の?|番|号|の|[-‐−－ー])" + NUMBER + ")*"
            + "(?:丁目|番地|番|号室|号|階|棟)?");

    private LineBreaks() {
    }

    /** A break may come before glyph i ({@code breaks[i]}; never before the first). */
    static boolean[] opportunities(List<Glyph> glyphs) {
        int n = glyphs.size();
        StringBuilder text = new StringBuilder(n);
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i] = text.length();
            text.append(glyphs.get(i).text());
        }
        start[n] = text.length();
        boolean[] breaks = new boolean[n];
        for (int i = 1; i < n; i++) {
            breaks[i] = allowed(glyphs.get(i - 1).text().codePointAt(0), glyphs.get(i).text().codePointAt(0),
                    i + 1 < n ? glyphs.get(i + 1).text().codePointAt(0) : -1, i >= 2 ? glyphs.get(i - 2).text().codePointAt(0) : -1);
        }
        keepAddressNumbersWhole(text, start, breaks);
        return breaks;
    }

    static boolean isSpace(Glyph glyph) {
        int cp = glyph.text().codePointAt(0);
        return cp == ' ' || cp == 0x3000;
    }

    private static boolean allowed(int before, int after, int next, int beforeBefore) {
        if (after == ' ' || after == 0x3000) {
            return false; // the break comes after the space
        }
        if (before == ' ' || before == 0x3000) {
            return true;
        }
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0 || isCombining(after)) {
            return false;
        }
        if (isDigit(before) && isDigit(after) || isLatin(before) && isLatin(after)) {
            return false;
        }
        // 1,234 / 2.5 / 12:30 and No.2: a separator between digits or letters belongs to the number or word
        return !(isDigit(before) && isSeparator(after) && isDigit(next) || isSeparator(before) && isDigit(beforeBefore) && isDigit(after)
                || before == '.' && isLatin(beforeBefore) && isLatin(after));
    }

    private static void keepAddressNumbersWhole(CharSequence text, int[] start, boolean[] breaks) {
        Matcher group = ADDRESS_NUMBER.matcher(text);
        int glyph = 0;
        while (group.find()) {
            if (group.end() - group.start() < 2) {
                continue;
            }
            while (glyph < breaks.length && start[glyph] <= group.start()) {
                glyph++;
            }
            for (int i = glyph; i < breaks.length && start[i] < group.end(); i++) {
                breaks[i] = false;
            }
        }
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9' || cp >= '０' && cp <= '９';
    }

    private static boolean isSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == ':' || cp == '．' || cp == '，' || cp == '：';
    }

    /** Letters and digits of Latin words ({@code O'Brien}, {@code Jean-Luc} and {@code A-012} break only at spaces). */
    private static boolean isLatin(int cp) {
        return cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || isDigit(cp) || cp >= 'Ａ' && cp <= 'Ｚ' || cp >= 'ａ' && cp <= 'ｚ'
                || cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7 || cp == '\'' || cp == '’' || cp == '-' || cp == '&';
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
