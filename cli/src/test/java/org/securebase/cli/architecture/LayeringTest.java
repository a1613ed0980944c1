package org.securebase.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the module arrows on the project's production classes. */
class LayeringTest {
    /** Fewer classes than this per module means the import missed it, and the rules would prove nothing. */
    static final Map<String, Integer> MINIMUM_CLASSES = Map.of(
            "org.securebase.model", 40,
            "org.securebase.scenarios", 40,
            "org.securebase.quiz", 60,
            "org.securebase.export", 40,
            "org.securebase.cli", 10,
            "org.securebase.usecase", 10);

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the engine's test-jar (its fixtures and the test PostgreSQL) is test code too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.securebase");
    }

    @Test
    void importsEveryModulesClassesSoNoRulePassesOnAnEmptySet() {
        MINIMUM_CLASSES.forEach((pkg, min) -> {
            long n = production.stream().filter(c -> c.getPackageName().startsWith(pkg)).count();
            assertTrue(n >= min, pkg + ": imported " + n + " classes, expected at least " + min);
        });
        assertTrue(production.stream().noneMatch(c -> c.getPackageName().startsWith("org.securebase.badarch")),
                "test fixtures must not be imported as production classes");
    }

    @Test
    void noTwoMainTypesShareASimpleName() {
        assertEquals(Map.of(), SimpleNames.shared(production), "one name, one meaning: rename one of each pair");
    }

    @TestFactory
    Iterable<DynamicTest> everyRuleHoldsForTheProject() {
        return ArchitectureRules.forRoot("org.securebase").entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    ArchRule rule = e.getValue();
                    rule.check(production);
                }))
                .toList();
    }
}
