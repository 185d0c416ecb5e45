package jp.kakanai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(AccessLogCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AccessLogCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AccessLogCsv.cell("@sum")).isEqualTo("'@sum");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(AccessLogCsv.cell("formId=a,b")).isEqualTo("\"formId=a,b\"");
        assertThat(AccessLogCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AccessLogCsv.cell("clerk")).isEqualTo("clerk");
    }
}
