package jp.kakanai.forms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** {@code forms} is the plain-Java core that server and kiosk share: no framework, no HTTP, no SQL in it. */
@AnalyzeClasses(packages = "jp.kakanai.forms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule formsDependsOnNoFrameworkHttpOrSql = noClasses()
            .that().resideInAPackage("jp.kakanai.forms..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.ws..",
                    "javax.servlet..", "java.sql..", "javax.sql..", "jp.kakanai.server..", "jp.kakanai.kiosk..")
            .because("forms is the plain-Java core shared by server and kiosk (DEVELOPERS.md)");
}
