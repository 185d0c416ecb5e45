package jp.kakanai.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kiosk talks to the server only over HTTP with the shared API types of {@code forms}. */
@AnalyzeClasses(packages = "jp.kakanai.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule kioskNeverDependsOnTheServerOrSpring = noClasses()
            .that().resideInAPackage("jp.kakanai.kiosk..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.kakanai.server..", "org.springframework..")
            .because("kiosk and server share only the API's data types in forms (DEVELOPERS.md)");

    @ArchTest
    static final ArchRule theCardReaderKnowsNothingOfTheApp = noClasses()
            .that().resideInAPackage("jp.kakanai.kiosk.card..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.kakanai.kiosk.app..", "jp.kakanai.kiosk.checkin..")
            .because("the card package is the kiosk's hardware edge, used by the app, not the other way round");
}
