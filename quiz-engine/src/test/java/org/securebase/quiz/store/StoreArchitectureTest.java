package org.securebase.quiz.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class StoreArchitectureTest {
    private static final JavaClasses STORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securebase.quiz.store");

    @Test
    void importsTheWholeStore() {
        assertTrue(STORE.size() >= 25, "imported " + STORE.size() + " classes");
    }

    @Test
    void theStoreUsesOnlyTheJdkJdbcSqliteHikariAndModelValues() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sqlite..", "com.zaxxer.hikari..",
                "org.securebase.model..", "org.securebase.quiz.store..")
                .because("the store is agnostic of engine types; an adapter connects them")
                .check(STORE);
    }

    @Test
    void onlyTheSqliteClassNamesSqliteTypes() {
        noClasses().that().doNotHaveSimpleName("Sqlite").should().dependOnClassesThat().resideInAPackage("org.sqlite..")
                .because("SQLite particulars stay in one class so another database could follow")
                .check(STORE);
    }

    @Test
    void onlyTheServerPoolNamesHikariTypes() {
        noClasses().that().doNotHaveSimpleName("ServerPool").should().dependOnClassesThat()
                .resideInAPackage("com.zaxxer.hikari..")
                .because("PostgreSQL is reached through plain JDBC; only the pool's construction is HikariCP's")
                .check(STORE);
    }

    @Test
    void noStoreClassWritesToStandardStreams() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("the store reports through exceptions; its load run is a benchmark in bench")
                .check(STORE);
    }

    @Test
    void typesHaveDomainNames() {
        noClasses().should().haveSimpleNameEndingWith("Repository").orShould().haveSimpleNameEndingWith("Dao")
                .orShould().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("DTO")
                .because("domain names without pattern suffixes")
                .check(STORE);
    }
}
