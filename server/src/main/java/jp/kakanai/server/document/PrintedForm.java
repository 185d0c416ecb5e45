package jp.kakanai.server.document;

import java.util.List;
import java.util.Map;

/**
 * One form of a visit's print: the first procedure that brought it ({@code concerns} fill its table), and the answers
 * the procedures on the checklist that print it fix on it (procedures.json "implies": 未支給年金 and 遺族基礎年金 on
 * the checklist tick both their 「請求する給付」 boxes of the one 請求書 they share).
 */
public record PrintedForm(String formId, String title, String departmentId, List<String> concerns,
                          Map<String, String> implied) {
    public PrintedForm {
        concerns = List.copyOf(concerns);
        implied = Map.copyOf(implied);
    }
}
