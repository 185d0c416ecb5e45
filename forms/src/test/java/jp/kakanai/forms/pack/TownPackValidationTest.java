package jp.kakanai.forms.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import jp.kakanai.forms.json.DataFiles;
import jp.kakanai.forms.json.FileProblem;
import org.junit.jupiter.api.Test;

/**
 * The validator names the file and line of every mistake a town's editor can make in a pack, across files,
 * all at once. Each test edits the sample town the way an editor would and reads the problems back.
 */
class TownPackValidationTest {
    private static final DataFiles SAMPLE = DataFiles.sample();

    /** The sample with {@code edit} applied to {@code file} (the edit must change it). */
    static DataFiles edited(String file, UnaryOperator<String> edit) {
        Map<String, String> files = new TreeMap<>(SAMPLE.all());
        String before = files.get(file);
        String after = edit.apply(before == null ? "" : before);
        assertThat(after).as("the edit of " + file).isNotEqualTo(before);
        files.put(file, after);
        return new DataFiles(files);
    }

    static List<FileProblem> problems(DataFiles files) {
        List<FileProblem> problems = TownPackLoader.problems(files);
        assertThat(problems).as("the pack has a mistake").isNotEmpty();
        return problems;
    }

    /** The 1-based line of the first occurrence of a marker in the file. */
    static int lineOf(DataFiles files, String file, String marker) {
        String text = files.text(file).orElseThrow();
        int at = text.indexOf(marker);
        assertThat(at).as("marker " + marker).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theSampleTownIsValid() {
        assertThat(TownPackLoader.problems(SAMPLE)).isEmpty();
        TownPack pack = TownPack.sample();
        assertThat(pack.catalog().departments()).extracting(d -> d.walkingOrder()).isSorted();
        assertThat(pack.catalog().procedures()).flatExtracting(p -> p.formIds())
                .containsAll(pack.forms().all().stream().map(f -> f.id()).toList());
        assertThat(pack.hash()).hasSize(64).isEqualTo(SAMPLE.sha256());
    }

    @Test
    void aProcedureNamingAMissingFormIsReportedOnItsLine() {
        DataFiles files = edited("procedures.json", t -> t.replace("\"forms\": [\"dog-registration-change\"]",
                "\"forms\": [\"dog-register\"]"));

        assertThat(problems(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("procedures.json");
            assertThat(p.line()).isEqualTo(lineOf(files, "procedures.json", "dog-register\""));
            assertThat(p.message()).startsWith("unknown form id 'dog-register' (no forms/dog-register.json in the pack)");
        });
    }

    @Test
    void aQuestionNoRuleReadsIsReportedInItsOwnFile() {
        DataFiles files = edited("procedures.json", t -> t.replace("{\"answer\": \"dog\", \"is\": \"yes\"}", "\"always\""));

        assertThat(problems(files)).containsExactly(new FileProblem("questions.json",
                lineOf(files, "questions.json", "\"id\": \"dog\"") - 1,
                "question 'dog' is used by no rule's condition; remove it or use it"));
    }

    @Test
    void aTextMissingADeclaredLanguageIsReportedOnItsLine() {
        DataFiles files = edited("departments.json", t -> t.replace("      \"vi\": \"Phòng Công dân\",\n", ""));

        assertThat(problems(files)).containsExactly(new FileProblem("departments.json",
                lineOf(files, "departments.json", "{\"id\": \"shimin\""), "missing translation 'vi'"));
    }

    @Test
    void aFormBoxReadingAnUnknownKeyIsReportedInTheFormFile() {
        DataFiles files = edited("forms/juminhyo-request.json", t -> t.replace("\"answers.scope\"", "\"answers.scop\""));

        List<FileProblem> problems = problems(files);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("forms/juminhyo-request.json");
            assertThat(p.line()).isEqualTo(lineOf(files, "forms/juminhyo-request.json", "answers.scop\""));
            assertThat(p.message()).startsWith("unknown data key 'answers.scop': no question");
        });
        // The declared answer is now read by no form: said in its own file.
        assertThat(problems).anySatisfy(p -> assertThat(p).isEqualTo(new FileProblem("form-answers.json",
                lineOf(files, "form-answers.json", "\"id\": \"scope\""), "answer 'scope' is read by no form; remove it or use it")));
    }

    @Test
    void aFormsDerivedDateMisspeltOrFromNoDateIsReportedInTheFormFile() {
        String file = "forms/nhi-withdraw.json";
        DataFiles misspelt = edited(file, t -> t.replace("\"source\": \"derived.lossDate\"", "\"source\": \"derived.lostDate\""));
        DataFiles notADate = edited(file, t -> t.replace("{ \"source\": \"move.date\" }", "{ \"source\": \"move.newAddress\" }"));

        assertThat(problems(misspelt)).containsExactly(
                new FileProblem(file, lineOf(misspelt, file, "{ \"id\": \"lossDate\""),
                        "derived date 'lossDate' is printed by no element; remove it or use it"),
                new FileProblem(file, lineOf(misspelt, file, "derived.lostDate") , "unknown derived date 'lostDate' (this "
                        + "form's \"derived\" declares [lossDate])"));
        assertThat(problems(notADate)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(lineOf(notADate, file, "move.newAddress"));
            assertThat(p.message()).startsWith("'move.newAddress' is no date of the form data; a derived date comes from");
        });
    }

    @Test
    void aDerivedDateSourceOnALifeEventThePackDoesNotHaveIsReportedInTheFormFile() {
        String file = "forms/nhi-withdraw.json";
        DataFiles files = edited(file, t -> t.replace("[\"employment\"]", "[\"employmnet\"]"));

        assertThat(problems(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(lineOf(files, file, "{ \"id\": \"lossDate\""));
            assertThat(p.message()).startsWith("derived date 'lossDate' counts a source on life event 'employmnet', "
                    + "which life-events.json does not have; known: [");
        });
    }

    @Test
    void aCheckboxValueTheAnswerDoesNotTakeIsReported() {
        DataFiles files = edited("forms/dog-registration-change.json", t -> t.replace("\"value\": \"female\"", "\"value\": \"bitch\""));

        assertThat(problems(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("forms/dog-registration-change.json");
            assertThat(p.message()).isEqualTo("checkbox value 'bitch' is not one that answers.dog-sex takes: [male, female]");
        });
    }

    @Test
    void aLifeEventImplyingAnUndeclaredValueIsReported() {
        DataFiles files = edited("life-events.json", t -> t.replace("\"nhi-reason\": \"birth\"", "\"nhi-reason\": \"born\""));

        assertThat(problems(files)).containsExactly(new FileProblem("life-events.json",
                lineOf(files, "life-events.json", "\"nhi-reason\": \"born\""),
                "event 'birth' implies 'nhi-reason' = 'born'; its values: [move-in, left-employee-insurance, birth, "
                        + "welfare-ended, other, move-out, joined-employee-insurance, death, late-elderly]"));
    }

    @Test
    void aNewLifeEventIsDataAndRulesMayNameIt() {
        DataFiles files = edited("life-events.json", t -> t.replace("  ]\n}", """
                    ,{"id": "divorce-test",
                     "name": {"ja": "離婚", "easy": "{離婚|りこん}", "en": "Divorce", "zh": "离婚", "ko": "이혼", "vi": "Ly hôn", "pt": "Divórcio"},
                     "choice": {"ja": "離婚した", "easy": "{離婚|りこん}した", "en": "Divorced", "zh": "离婚了", "ko": "이혼함", "vi": "Đã ly hôn", "pt": "Divorciei"}}
                  ]
                }"""));
        DataFiles withRule = new DataFiles(new TreeMap<>(Map.of())) ;
        Map<String, String> all = new TreeMap<>(files.all());
        all.put("procedures.json", all.get("procedures.json").replace("{\"event\": [\"move-in\", \"move-within\"], \"when\": {\"answer\": \"dog\"",
                "{\"event\": [\"move-in\", \"move-within\", \"divorce-test\"], \"when\": {\"answer\": \"dog\""));
        withRule = new DataFiles(all);

        TownPack pack = TownPackLoader.load(withRule);
        assertThat(pack.catalog().lifeEvent("divorce-test")).isPresent();
        assertThat(pack.navigator(java.time.Clock.systemUTC()).navigate(pack.catalog().lifeEventOrThrow("divorce-test"),
                jp.kakanai.forms.navigation.Resident.bornOn(java.time.LocalDate.of(1980, 1, 1)),
                jp.kakanai.forms.navigation.Household.alone(), jp.kakanai.forms.navigation.Answers.of("dog", "yes"),
                java.time.LocalDate.of(2026, 5, 11)).procedureIds()).containsExactly("dog-registration-change");
    }

    @Test
    void anUnknownEventDepartmentAndDocumentAreEachReported() {
        DataFiles files = edited("procedures.json", t -> t
                .replaceFirst("\"department\": \"kankyo\"", "\"department\": \"hoken\"")
                .replace("\"bring\": [\"dog-tag\"]", "\"bring\": [\"dog-licence\"]")
                .replace("{\"event\": [\"move-in\", \"move-within\"], \"when\": {\"answer\": \"dog\"",
                        "{\"event\": [\"moving\", \"move-within\"], \"when\": {\"answer\": \"dog\""));

        assertThat(problems(files)).extracting(FileProblem::line).containsExactlyInAnyOrder(
                lineOf(files, "procedures.json", "\"hoken\""), lineOf(files, "procedures.json", "dog-licence"),
                lineOf(files, "procedures.json", "\"moving\""), lineOf(files, "documents.json", "\"dog-tag\":"));
    }

    @Test
    void aMisspeltFieldIsAnErrorNotIgnored() {
        DataFiles files = edited("departments.json", t -> t.replace("{\"id\": \"kankyo\", \"walkingOrder\": 6",
                "{\"id\": \"kankyo\", \"walkingOdrer\": 6"));

        assertThat(problems(files)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(lineOf(files, "departments.json", "walkingOdrer"));
            assertThat(p.message()).startsWith("unknown property 'walkingOdrer' in a department");
        });
    }

    @Test
    void brokenJsonAndADuplicateKeyAreReportedOnTheirLines() {
        DataFiles broken = edited("fees.json", t -> t.replace("\"fee\": 300, \"per\": \"copy\",\n     \"name\"",
                "\"fee\": 300,, \"per\": \"copy\",\n     \"name\""));
        assertThat(problems(broken)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("fees.json");
            assertThat(p.line()).isEqualTo(lineOf(broken, "fees.json", ",,"));
            assertThat(p.message()).startsWith("not valid JSON");
        });

        DataFiles twice = edited("town.json", t -> t.replace("\"childMedicalSubsidyUntilAge\": 18",
                "\"childMedicalSubsidyUntilAge\": 18, \"childMedicalSubsidyUntilAge\": 15"));
        assertThat(problems(twice)).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("'childMedicalSubsidyUntilAge' appears twice in one object"));
    }

    @Test
    void aDeceasedConditionIsOnlyForEventsWhoseHouseholdIncludesTheDeceased() {
        DataFiles files = edited("procedures.json", t -> t.replace("{\"event\": [\"move-in\", \"move-within\"], \"when\": {\"answer\": \"dog\", \"is\": \"yes\"}",
                "{\"event\": [\"move-in\", \"move-within\"], \"when\": {\"all\": [{\"answer\": \"dog\", \"is\": \"yes\"}, "
                        + "{\"someone\": \"deceased\", \"age\": {\"min\": 65}}]}"));

        assertThat(problems(files)).singleElement().extracting(FileProblem::message).asString()
                .contains("'deceased' exists only in rules for events whose household includes the person who died");
    }

    @Test
    void kioskMessagesNeedEveryLanguageAndTheSamePlaceholders() {
        DataFiles files = edited("messages/kiosk/vi.json", t -> t.replaceFirst("\"triesLeft\": \"[^\"]*\"",
                "\"triesLeft\": \"Còn lại\""));

        assertThat(problems(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("messages/kiosk/vi.json");
            assertThat(p.line()).isEqualTo(lineOf(files, "messages/kiosk/vi.json", "\"triesLeft\""));
            assertThat(p.message()).isEqualTo("text 'triesLeft' has placeholders [] but ja.json has [%n]");
        });
        Map<String, String> withoutKorean = new TreeMap<>(SAMPLE.all());
        withoutKorean.remove("messages/kiosk/ko.json");
        assertThat(TownPackLoader.problems(new DataFiles(withoutKorean))).extracting(FileProblem::toString)
                .containsExactly("messages/kiosk/ko.json: missing: the kiosk screen is translated, so it needs every "
                        + "language of the pack (ko is declared in town.json)");
    }

    @Test
    void aMisnamedFileIsNamedAndNothingElseIsBlamedForIt() {
        Map<String, String> files = new TreeMap<>(SAMPLE.all());
        files.put("procedure.json", files.remove("procedures.json"));

        assertThat(TownPackLoader.problems(new DataFiles(files))).extracting(FileProblem::toString).containsExactly(
                "procedure.json: no part of a town pack: the pack's files are [cover-sheet.json, departments.json, "
                        + "documents.json, fees.json, form-answers.json, life-events.json, procedures.json, questions.json, "
                        + "town.json], [queue/reservations.json, queue/ticket-purposes.json], forms/, messages/ and addresses/",
                "procedures.json: missing: every town pack has procedures.json (copy it from the sample town, town/sample/)");
    }

    @Test
    void everyProblemOfEveryFileIsListedInOneException() {
        DataFiles one = edited("procedures.json", t -> t.replace("dog-registration-change\"]", "dog\"]"));
        Map<String, String> all = new TreeMap<>(one.all());
        all.put("departments.json", all.get("departments.json").replace("{\"id\": \"kankyo\"", "{\"id\": \"Kankyo\""));
        all.put("forms/seal-registration.json", all.get("forms/seal-registration.json").replace("\"resident.address\"", "\"resident.adress\""));

        assertThatThrownBy(() -> TownPackLoader.load(new DataFiles(all))).isInstanceOf(InvalidTownPackException.class)
                .hasMessageStartingWith("7 problems in the town pack:")
                .hasMessageContaining("forms/dog-registration-change.json:7: department 'kankyo' is no department id")
                .hasMessageContaining("forms/cemetery-succession.json:7: department 'kankyo' is no department id")
                .hasMessageContaining("procedures.json:" + lineOf(new DataFiles(all), "procedures.json", "\"dog\"]") + ": unknown form id 'dog'")
                .hasMessageContaining("'Kankyo' is not a stable id")
                .hasMessageContaining("unknown department 'kankyo'")
                .hasMessageContaining("forms/seal-registration.json:");
    }

    @Test
    void theAddressMasterIsCheckedWithThePackLineByLine() {
        DataFiles files = edited("addresses/machiaza.csv", t -> t.replace("222194,0013000,1,", "222194,13000,1,")
                .replace(",0,4150021,", ",0,415002,"));

        assertThat(problems(files)).extracting(FileProblem::toString).containsExactly(
                "addresses/machiaza.csv:2: post_code '415002' is not 7 digits",
                "addresses/machiaza.csv:" + lineOf(files, "addresses/machiaza.csv", "222194,13000,")
                        + ": machiaza_id '13000' is not 7 digits");
        Map<String, String> without = new TreeMap<>(SAMPLE.all());
        without.remove("addresses/machiaza.csv");
        assertThat(TownPackLoader.problems(new DataFiles(without))).extracting(FileProblem::toString)
                .singleElement().asString().startsWith("addresses/machiaza.csv: missing: the town's 町字 list");
        assertThat(TownPack.sample().addresses().name()).isEqualTo("静岡県下田市");
    }

    @Test
    void aNewbornIsAnAttributeOfTheEventAYesOrNoAndNeverWithADeath() {
        assertThat(TownPack.sample().catalog().lifeEvents()).filteredOn(jp.kakanai.forms.navigation.LifeEvent::newborn)
                .extracting(jp.kakanai.forms.navigation.LifeEvent::id).containsExactly("birth");
        DataFiles notABoolean = edited("life-events.json", t -> t.replace("{\"id\": \"birth\", \"newborn\": true",
                "{\"id\": \"birth\", \"newborn\": \"yes\""));
        DataFiles withADeath = edited("life-events.json", t -> t.replace("{\"id\": \"death\", \"deceasedMember\": true",
                "{\"id\": \"death\", \"deceasedMember\": true, \"newborn\": true"));

        assertThat(problems(notABoolean)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(notABoolean, "life-events.json", "\"newborn\": \"yes\""));
            assertThat(p.message()).contains("newborn");
        });
        assertThat(problems(withADeath)).extracting(FileProblem::toString).containsExactly("life-events.json:"
                + lineOf(withADeath, "life-events.json", "\"deceasedMember\": true, \"newborn\"")
                + ": a life event is either \"newborn\" or \"deceasedMember\", not both: the event's date is the day of"
                + " birth or the day of death");
    }

    @Test
    void aMoveByAnswerNamesAQuestionAndAnswersItHas() {
        DataFiles files = edited("life-events.json", t -> t.replace("{\"marriage-move\": {\"within-town\"",
                "{\"marriage-moves\": {\"within-town\"").replace("\"leave-town\": \"out\"", "\"leave\": \"out\""));

        assertThat(problems(files)).extracting(FileProblem::toString).containsExactlyInAnyOrder(
                "life-events.json:" + lineOf(files, "life-events.json", "marriage-moves")
                        + ": moveOnAnswer of 'marriage' names the question 'marriage-moves', which questions.json does not have",
                "life-events.json:" + lineOf(files, "life-events.json", "\"divorce-move\"")
                        + ": moveOnAnswer of 'divorce': 'leave' is no answer of 'divorce-move' (none, within-town,"
                        + " split-household, leave-town, dont-know)");
        var divorce = TownPack.sample().catalog().lifeEventOrThrow("divorce");
        assertThat(divorce.moveWith(Map.of("divorce-move", "within-town"))).hasValue(
                jp.kakanai.forms.navigation.LifeEvent.Move.WITHIN);
        assertThat(divorce.moveWith(Map.of("divorce-move", "split-household"))).isEmpty();
    }
}
