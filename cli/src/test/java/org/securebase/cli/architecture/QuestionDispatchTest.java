package org.securebase.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Question-type dispatch goes through the visitors in production code, and the rule can fail. */
class QuestionDispatchTest {

    @Test
    void productionCodeTellsQuestionTypesApartOnlyThroughVisitors() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the engine's test-jar (its fixtures and the test PostgreSQL) is test code too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.securebase");
        QuestionDispatch.noInstanceofOnQuestionTypes("org.securebase").check(production);
    }

    @Test
    void ruleFailsOnAnInstanceofChainOverTheQuestionFamily() {
        JavaClasses bad = new ClassFileImporter().importPackages("org.securebase.badarch.dispatch");
        assertThrows(AssertionError.class,
                () -> QuestionDispatch.noInstanceofOnQuestionTypes("org.securebase.badarch").check(bad));
    }
}
