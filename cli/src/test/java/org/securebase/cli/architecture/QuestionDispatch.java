package org.securebase.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.securebase.model.question.Question;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;

/**
 * The rule that dispatch over the question family, and over the families that mirror it
 * (answers, keys, delivered questions), goes through their visitors: no {@code instanceof} on
 * any of their types, so a new question type fails to compile wherever it is not handled.
 */
final class QuestionDispatch {
    /** The closed families whose members are told apart by a visitor only. */
    static final List<Class<?>> FAMILIES = List.of(Question.class, Answer.class, Key.class, DeliveredQuestion.class);

    private QuestionDispatch() {
    }

    static ArchRule noInstanceofOnQuestionTypes(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should(testTheTypeOfAFamilyMember())
                .because("an instanceof chain compiles and silently misbehaves when a question type joins;"
                        + " a visitor (question.accept(...)) fails to compile until the new type is handled")
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> testTheTypeOfAFamilyMember() {
        return new ArchCondition<>("test with instanceof whether a value is a question, answer, key or delivered question type") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    unit.getInstanceofChecks().forEach(check -> {
                        JavaClass tested = check.getRawType();
                        if (FAMILIES.stream().anyMatch(tested::isAssignableTo)) {
                            events.add(SimpleConditionEvent.satisfied(check, unit.getFullName() + " tests instanceof "
                                    + tested.getName() + " " + check.getSourceCodeLocation()));
                        }
                    });
                }
            }
        };
    }
}
