package org.securebase.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule against {@code org.securebase.badarch}, a class set in the test sources
 * that breaks each arrow on purpose, and asserts that each rule fails there.
 */
class RulesCanFailTest {
    static JavaClasses bad;

    @BeforeAll
    static void importTheBadClasses() {
        bad = new ClassFileImporter().importPackages("org.securebase.badarch");
    }

    @Test
    void importsTheBadClassSet() {
        assertEquals(20, bad.stream().filter(c -> !c.getSimpleName().equals("package-info")).count());
    }

    @Test
    void theSimpleNameCheckFindsTwoTypesNamedAlike() {
        assertEquals(Map.of("Score", List.of("org.securebase.badarch.export.same.Score",
                "org.securebase.badarch.quiz.same.Score")), SimpleNames.shared(bad));
    }

    @TestFactory
    Iterable<DynamicTest> everyRuleFailsOnTheBadClassSet() {
        Map<String, com.tngtech.archunit.lang.ArchRule> rules = ArchitectureRules.forRoot("org.securebase.badarch");
        assertEquals(14, rules.size(), "a new rule needs a bad fixture here");
        return rules.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(),
                        () -> assertThrows(AssertionError.class, () -> e.getValue().check(bad), e.getKey())))
                .toList();
    }
}
