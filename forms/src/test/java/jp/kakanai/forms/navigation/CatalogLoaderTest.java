package jp.kakanai.forms.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator names the file and line of every mistake a town's editor can make in the data. */
class CatalogLoaderTest {
    private static final String QUESTIONS = """
            {
              "languages": ["ja", "en"],
              "yesNo": {"yes": {"ja": "はい", "en": "Yes"}, "no": {"ja": "いいえ", "en": "No"}},
              "dontKnow": {"ja": "わからない", "en": "I don't know"},
              "questions": [
                {"id": "dog", "type": "yes-no",
                 "text": {"ja": "{犬|いぬ}を {飼|か}って いますか。", "en": "Do you have a dog?"}}
              ]
            }
            """;

    private static final String CATALOG = """
            {
              "languages": ["ja", "en"],
              "departments": [
                {"id": "kankyo", "name": {"ja": "環境衛生課", "en": "Environmental Health"}, "walkingOrder": 1}
              ],
              "documents": {
                "dog-tag": {"ja": "犬の鑑札", "en": "Dog tag"}
              },
              "procedures": [
                {
                  "id": "dog-registration-change",
                  "name": {"ja": "犬の登録事項変更", "en": "Dog registration change"},
                  "department": "kankyo",
                  "forms": ["dog-registration-change"],
                  "bring": ["dog-tag"],
                  "rules": [
                    {"event": "move-in", "when": {"answer": "dog", "is": "yes"},
                     "reason": {"ja": "犬を飼っているため", "en": "Owns a dog"}}
                  ]
                }
              ]
            }
            """;

    private static ProcedureCatalog load(String catalog, String questions) {
        return CatalogLoader.load(new CatalogLoader.Source("catalog.json", catalog),
                new CatalogLoader.Source("questions.json", questions), SharedFormIds.ALL);
    }

    private static List<CatalogProblem> problems(String catalog, String questions) {
        try {
            load(catalog, questions);
        } catch (CatalogException e) {
            return e.problems();
        }
        throw new AssertionError("the data loaded although it has a mistake");
    }

    /** The 1-based line of the first occurrence of a marker in the text. */
    private static int lineOf(String text, String marker) {
        int at = text.indexOf(marker);
        assertThat(at).as("marker " + marker).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theMinimalCatalogLoadsAndNavigates() {
        ProcedureCatalog catalog = load(CATALOG, QUESTIONS);
        Navigator navigator = new Navigator(catalog, java.time.Clock.systemUTC());

        Checklist checklist = navigator.navigate(LifeEvent.MOVE_IN, Resident.bornOn(java.time.LocalDate.of(1990, 1, 1)),
                Household.alone(), Answers.of("dog", "yes"), java.time.LocalDate.of(2026, 5, 11));

        assertThat(checklist.procedureIds()).containsExactly("dog-registration-change");
        assertThat(catalog.question("dog").orElseThrow().choiceValues()).containsExactly("yes", "no");
    }

    @Test
    void theShippedCatalogIsValid() {
        ProcedureCatalog catalog = ProcedureCatalog.standard();

        assertThat(catalog.procedures()).hasSizeGreaterThan(15);
        assertThat(catalog.procedures()).flatExtracting(Procedure::formIds)
                .containsAll(SharedFormIds.ALL);
        assertThat(catalog.departments()).extracting(Department::walkingOrder).isSorted();
    }

    @Test
    void anUnknownFormIdIsReportedOnItsLine() {
        String catalog = CATALOG.replace("\"forms\": [\"dog-registration-change\"]", "\"forms\": [\"dog-register\"]");

        assertThat(problems(catalog, QUESTIONS)).containsExactly(new CatalogProblem("catalog.json",
                lineOf(catalog, "dog-register\""), "unknown form id 'dog-register'; known: "
                + new java.util.TreeSet<>(SharedFormIds.ALL)));
    }

    @Test
    void anUnknownQuestionInAConditionIsReportedOnItsLine() {
        String catalog = CATALOG.replace("{\"answer\": \"dog\"", "{\"answer\": \"cat\"");

        List<CatalogProblem> problems = problems(catalog, QUESTIONS);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("catalog.json");
            assertThat(p.line()).isEqualTo(lineOf(catalog, "\"cat\""));
            assertThat(p.message()).startsWith("unknown question id 'cat'");
        });
        // And the question that no rule reads any more is reported in its own file.
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("questions.json");
            assertThat(p.line()).isEqualTo(lineOf(QUESTIONS, "{\"id\": \"dog\""));
            assertThat(p.message()).contains("'dog' is used by no rule");
        });
    }

    @Test
    void anAnswerNoQuestionOffersIsReported() {
        String catalog = CATALOG.replace("\"is\": \"yes\"", "\"is\": \"sometimes\"");

        assertThat(problems(catalog, QUESTIONS)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(catalog, "sometimes"));
            assertThat(p.message()).isEqualTo("question 'dog' has no answer 'sometimes'; its answers: [yes, no]");
        });
    }

    @Test
    void aDuplicateProcedureIdNamesBothLines() {
        int start = CATALOG.indexOf("    {\n      \"id\": \"dog-registration-change\"");
        int end = CATALOG.lastIndexOf("    }\n  ]");
        String procedure = CATALOG.substring(start, end + "    }".length());
        String catalog = CATALOG.replace(procedure, procedure + ",\n" + procedure);
        int second = catalog.indexOf("\"id\": \"dog-registration-change\"", catalog.indexOf("\"id\": \"dog-registration-change\"") + 1);

        assertThat(problems(catalog, QUESTIONS)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(catalog.substring(0, second) + "@@", "@@") - 1);
            assertThat(p.message()).isEqualTo("duplicate procedure id 'dog-registration-change' (first at line "
                    + (lineOf(catalog, "\"id\": \"dog-registration-change\"") - 1) + ")");
        });
    }

    @Test
    void aMissingTranslationIsReportedOnItsLine() {
        String catalog = CATALOG.replace("\"en\": \"Owns a dog\"", "\"fr\": \"Possède un chien\"");
        String questions = QUESTIONS.replace("\"languages\": [\"ja\", \"en\"]", "\"languages\": [\"ja\", \"en\", \"vi\"]");

        List<CatalogProblem> problems = problems(catalog, questions);

        assertThat(problems).contains(new CatalogProblem("catalog.json", lineOf(catalog, "Possède"),
                "missing translation 'en'"));
        assertThat(problems).contains(new CatalogProblem("questions.json", lineOf(questions, "Do you have a dog"),
                "missing translation 'vi'"));
    }

    @Test
    void aNameOrDocumentWithoutEveryCatalogLanguageIsReportedOnItsLineButAReasonNeedsOnlyJapaneseAndEnglish() {
        String catalog = CATALOG.replace("\"languages\": [\"ja\", \"en\"]", "\"languages\": [\"ja\", \"en\", \"vi\"]")
                .replace("\"en\": \"Environmental Health\"}", "\"en\": \"Environmental Health\", \"vi\": \"Phòng Vệ sinh Môi trường\"}")
                .replace("\"en\": \"Dog tag\"}", "\"en\": \"Dog tag\", \"vi\": \"Thẻ đăng ký của chó\"}");

        assertThat(problems(catalog, QUESTIONS)).containsExactly(new CatalogProblem("catalog.json",
                lineOf(catalog, "\"name\": {\"ja\": \"犬の登録事項変更\""), "missing translation 'vi'"));
    }

    @Test
    void theCatalogMustSpeakEveryLanguageTheQuestionsAreAskedIn() {
        String questions = QUESTIONS.replace("\"languages\": [\"ja\", \"en\"]", "\"languages\": [\"ja\", \"en\", \"ko\"]")
                .replace("\"en\": \"Yes\"}", "\"en\": \"Yes\", \"ko\": \"예\"}")
                .replace("\"en\": \"No\"}", "\"en\": \"No\", \"ko\": \"아니요\"}")
                .replace("\"en\": \"I don't know\"}", "\"en\": \"I don't know\", \"ko\": \"모르겠어요\"}")
                .replace("\"en\": \"Do you have a dog?\"}", "\"en\": \"Do you have a dog?\", \"ko\": \"개를 키우고 있나요?\"}");

        assertThat(problems(CATALOG, questions)).containsExactly(new CatalogProblem("catalog.json",
                lineOf(CATALOG, "\"languages\""), "languages must include every language of the questions; missing: [ko]"));
    }

    @Test
    void furiganaIsWrittenOnlyInEasyJapaneseAndAnUndeclaredLanguageIsRefused() {
        String catalog = CATALOG.replace("\"languages\": [\"ja\", \"en\"]", "\"languages\": [\"ja\", \"easy\", \"en\"]")
                .replace("{\"ja\": \"環境衛生課\",", "{\"ja\": \"環境衛生課\", \"easy\": \"{環境衛生課|かんきょうえいせいか}\",")
                .replace("{\"ja\": \"犬の鑑札\",", "{\"ja\": \"犬の鑑札\", \"easy\": \"{犬|いぬ}の {鑑札|かんさつ\",")
                .replace("{\"ja\": \"犬の登録事項変更\",", "{\"ja\": \"{犬|いぬ}の登録事項変更\", \"easy\": \"{犬|いぬ}の {登録|とうろく}\",")
                .replace("\"en\": \"Owns a dog\"", "\"en\": \"Owns a dog\", \"vi\": \"Nuôi chó\"");

        assertThat(problems(catalog, QUESTIONS)).containsExactlyInAnyOrder(
                new CatalogProblem("catalog.json", lineOf(catalog, "{鑑札|かんさつ\""),
                        "furigana must be written {漢字|かんじ}: '{犬|いぬ}の {鑑札|かんさつ'"),
                new CatalogProblem("catalog.json", lineOf(catalog, "{犬|いぬ}の登録事項変更"),
                        "furigana {漢字|かんじ} is shown only in 'easy', not in 'ja': '{犬|いぬ}の登録事項変更'"),
                new CatalogProblem("catalog.json", lineOf(catalog, "Nuôi chó"),
                        "'vi' is not one of the declared languages [ja, easy, en]"));
    }

    @Test
    void aMisspeltFieldIsAnErrorNotIgnored() {
        String catalog = CATALOG.replace("\"bring\": [\"dog-tag\"]", "\"brnig\": [\"dog-tag\"]");

        assertThat(problems(catalog, QUESTIONS)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(catalog, "brnig"));
            assertThat(p.message()).startsWith("unknown field \"brnig\"");
        }).anySatisfy(p -> assertThat(p.message()).isEqualTo(
                "document 'dog-tag' is brought by no procedure; remove it or use it"));
    }

    @Test
    void unknownDepartmentDocumentAndEventAreEachReported() {
        String catalog = CATALOG.replace("\"department\": \"kankyo\"", "\"department\": \"hoken\"")
                .replace("\"bring\": [\"dog-tag\"]", "\"bring\": [\"dog-licence\"]")
                .replace("\"event\": \"move-in\"", "\"event\": \"moving\"");

        assertThat(problems(catalog, QUESTIONS)).extracting(CatalogProblem::line).containsExactlyInAnyOrder(
                lineOf(catalog, "\"hoken\""), lineOf(catalog, "dog-licence"), lineOf(catalog, "\"moving\""),
                lineOf(catalog, "\"dog-tag\":"));
    }

    @Test
    void brokenFuriganaAndBrokenJsonAreReportedOnTheirLines() {
        String questions = QUESTIONS.replace("{飼|か}って", "{飼|かって");
        assertThat(problems(CATALOG, questions)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(questions, "{飼|かって"));
            assertThat(p.message()).startsWith("furigana must be written {漢字|かんじ}");
        });

        String catalog = CATALOG.replace("\"walkingOrder\": 1}", "\"walkingOrder\": 1,}");
        assertThatThrownBy(() -> load(catalog, QUESTIONS)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("catalog.json:" + lineOf(catalog, "1,}") + ": not valid JSON");
    }

    @Test
    void aDeceasedConditionOutsideADeathRuleIsRejected() {
        String catalog = CATALOG.replace("{\"answer\": \"dog\", \"is\": \"yes\"}",
                "{\"all\": [{\"answer\": \"dog\", \"is\": \"yes\"}, {\"someone\": \"deceased\", \"age\": {\"min\": 65}}]}");

        assertThat(problems(catalog, QUESTIONS)).singleElement()
                .extracting(CatalogProblem::message).asString().contains("'deceased' exists only in rules for the event 'death'");
    }

    @Test
    void everyProblemIsListedInOneMessage() {
        String catalog = CATALOG.replace("dog-registration-change\"]", "dog\"]").replace("\"kankyo\", \"name\"", "\"Kankyo\", \"name\"");

        assertThatThrownBy(() -> load(catalog, QUESTIONS)).isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("the navigation catalog has 3 problem(s):")
                .hasMessageContaining("unknown form id 'dog'")
                .hasMessageContaining("'Kankyo' is not a stable id")
                .hasMessageContaining("unknown department 'kankyo'");
    }
}
