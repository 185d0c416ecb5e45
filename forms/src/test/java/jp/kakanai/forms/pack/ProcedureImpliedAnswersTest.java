package jp.kakanai.forms.pack;

import static jp.kakanai.forms.pack.TownPackValidationTest.edited;
import static jp.kakanai.forms.pack.TownPackValidationTest.lineOf;
import static jp.kakanai.forms.pack.TownPackValidationTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import org.junit.jupiter.api.Test;

/**
 * A procedure's {@code implies} (procedures.json) fixes answers on its own forms: the benefits of the one 国民年金
 * 請求書 that 未支給年金, 遺族基礎年金, 寡婦年金 and 死亡一時金 share. The validator names file and line of an answer
 * nobody declared, a value the answer does not take, and an answer none of the procedure's forms reads.
 */
class ProcedureImpliedAnswersTest {
    private static final String UNPAID = "\"implies\": {\"claims-unpaid\": \"yes\"}";

    @Test
    void eachSurvivorBenefitFixesItsOwnBoxOfTheSharedClaimForm() {
        TownPack pack = TownPackLoader.load(DataFiles.sample());

        assertThat(pack.catalog().procedure("unpaid-pension").orElseThrow().impliedAnswers())
                .isEqualTo(Map.of("claims-unpaid", "yes"));
        assertThat(pack.catalog().procedure("survivor-basic-pension").orElseThrow().impliedAnswers())
                .isEqualTo(Map.of("claims-survivor-basic", "yes"));
        assertThat(pack.catalog().procedure("widow-pension").orElseThrow().impliedAnswers())
                .isEqualTo(Map.of("claims-widow", "yes"));
        assertThat(pack.catalog().procedure("death-lump-sum").orElseThrow().impliedAnswers())
                .isEqualTo(Map.of("claims-lump-sum", "yes"));
        assertThat(pack.catalog().procedure("funeral-expenses").orElseThrow().impliedAnswers()).isEmpty();
    }

    @Test
    void aProcedureImplyingAnUndeclaredAnswerIsReportedWithItsLine() {
        DataFiles files = edited("procedures.json", t -> t.replace(UNPAID, "\"implies\": {\"claims-unpayed\": \"yes\"}"));

        assertThat(problems(files)).containsExactly(new FileProblem("procedures.json",
                lineOf(files, "procedures.json", "claims-unpayed"),
                "procedure 'unpaid-pension' implies answer 'claims-unpayed', which form-answers.json does not declare"));
    }

    @Test
    void aProcedureImplyingAValueTheAnswerDoesNotTakeIsReported() {
        DataFiles files = edited("procedures.json", t -> t.replace(UNPAID, "\"implies\": {\"claims-unpaid\": \"true\"}"));

        assertThat(problems(files)).containsExactly(new FileProblem("procedures.json",
                lineOf(files, "procedures.json", "\"claims-unpaid\": \"true\""),
                "procedure 'unpaid-pension' implies 'claims-unpaid' = 'true'; its values: [yes]"));
    }

    @Test
    void aProcedureImplyingAnAnswerNoneOfItsFormsReadsIsReported() {
        // The 国保 reason is a declared answer with this value, but the pension claim form has no such box.
        DataFiles files = edited("procedures.json", t -> t.replace(UNPAID,
                "\"implies\": {\"claims-unpaid\": \"yes\", \"nhi-reason\": \"death\"}"));

        assertThat(problems(files)).containsExactly(new FileProblem("procedures.json",
                lineOf(files, "procedures.json", "\"nhi-reason\": \"death\"}"),
                "procedure 'unpaid-pension' implies answer 'nhi-reason', which none of its forms "
                        + "[survivor-pension-claim] reads"));
    }

    @Test
    void anImpliedAnswerIsATextValue() {
        DataFiles files = edited("procedures.json", t -> t.replace(UNPAID, "\"implies\": {\"claims-unpaid\": true}"));

        assertThat(problems(files)).extracting(FileProblem::line)
                .containsExactly(lineOf(files, "procedures.json", "\"claims-unpaid\": true"));
    }
}
