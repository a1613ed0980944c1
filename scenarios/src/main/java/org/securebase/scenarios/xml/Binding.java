package org.securebase.scenarios.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/**
 * Hand-written JAXB binding classes, one per element of the three formats (see decision record
 * 0001). They mirror the schemas loosely: the schema checks structure, these only carry values
 * and the position of each element to the mapping. Never used outside this package.
 */
final class Binding {
    private Binding() {
    }

    /** Fields every located element has; transient so subclasses may carry {@code @XmlValue}. */
    @XmlTransient
    @XmlAccessorType(XmlAccessType.FIELD)
    abstract static class Placed {
        @XmlLocation
        @XmlTransient
        Locator locator;
    }

    // ---------------------------------------------------------------- vignette

    @XmlRootElement(name = "vignette", namespace = Namespaces.VIGNETTE)
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class VignetteElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute Integer version;
        @XmlAttribute String format;
        @XmlAttribute String modality;
        @XmlAttribute String difficulty;
        @XmlAttribute Integer minutes;
        @XmlAttribute String language;
        @XmlAttribute(name = "lint-ignore") String lintIgnore;
        @XmlElement(namespace = Namespaces.VIGNETTE) String title;
        @XmlElementWrapper(name = "authors", namespace = Namespaces.VIGNETTE)
        @XmlElement(name = "author", namespace = Namespaces.VIGNETTE)
        List<String> authors = new ArrayList<>();
        @XmlElement(namespace = Namespaces.VIGNETTE) String license;
        @XmlElement(name = "content-note", namespace = Namespaces.VIGNETTE)
        List<String> contentNotes = new ArrayList<>();
        @XmlElement(namespace = Namespaces.VIGNETTE) SeriesElement series;
        @XmlElementWrapper(name = "objectives", namespace = Namespaces.VIGNETTE)
        @XmlElement(name = "objective", namespace = Namespaces.VIGNETTE)
        List<ConceptText> objectives = new ArrayList<>();
        @XmlElementWrapper(name = "clients", namespace = Namespaces.VIGNETTE)
        @XmlElement(name = "client", namespace = Namespaces.VIGNETTE)
        List<ClientElement> clients = new ArrayList<>();
        @XmlElementWrapper(name = "background", namespace = Namespaces.VIGNETTE)
        @XmlElement(name = "p", namespace = Namespaces.VIGNETTE)
        List<String> background = new ArrayList<>();
        @XmlElementWrapper(name = "transcript", namespace = Namespaces.VIGNETTE)
        @XmlElement(name = "turn", namespace = Namespaces.VIGNETTE)
        List<TurnElement> transcript = new ArrayList<>();
        @XmlElementWrapper(name = "annotations", namespace = Namespaces.VIGNETTE)
        @XmlElement(name = "note", namespace = Namespaces.VIGNETTE)
        List<ConceptText> annotations = new ArrayList<>();
        @XmlElementWrapper(name = "questions", namespace = Namespaces.VIGNETTE)
        @XmlElements({
            @XmlElement(name = "single-choice", namespace = Namespaces.VIGNETTE, type = SingleChoiceElement.class),
            @XmlElement(name = "multiple-response", namespace = Namespaces.VIGNETTE, type = MultipleResponseElement.class),
            @XmlElement(name = "ordering", namespace = Namespaces.VIGNETTE, type = OrderingElement.class),
            @XmlElement(name = "matching", namespace = Namespaces.VIGNETTE, type = MatchingElement.class),
            @XmlElement(name = "open-response", namespace = Namespaces.VIGNETTE, type = OpenResponseElement.class)
        })
        List<QuestionElement> questions = new ArrayList<>();
    }

    /** A vignette's place in a case series. */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class SeriesElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute Integer session;
    }

    /** An objective or a note: text with concepts (and, for notes, turns). */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ConceptText extends Placed {
        @XmlAttribute String concepts;
        @XmlAttribute String turns;
        @XmlValue String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ClientElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute String name;
        @XmlAttribute Integer age;
        @XmlAttribute String pronouns;
        @XmlAttribute String role;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class TurnElement extends Placed {
        @XmlAttribute String speaker;
        @XmlAttribute String nonverbal;
        @XmlValue String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    abstract static class QuestionElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute Integer points;
        @XmlAttribute String concepts;
        @XmlAttribute String difficulty;
        @XmlAttribute(name = "lint-ignore") String lintIgnore;
        @XmlElement(namespace = Namespaces.VIGNETTE) String stem;
        @XmlElement(namespace = Namespaces.VIGNETTE) String feedback;

        /** Applies the operation for this element's question type. */
        abstract <R> R accept(QuestionElementVisitor<R> visitor);
    }

    /** An operation over every bound question element, so a new question type cannot be left unmapped. */
    interface QuestionElementVisitor<R> {
        R singleChoice(SingleChoiceElement element);

        R multipleResponse(MultipleResponseElement element);

        R ordering(OrderingElement element);

        R matching(MatchingElement element);

        R openResponse(OpenResponseElement element);
    }

    /**
     * An option: mixed content, text and at most one feedback element. The feedback is bound to
     * {@link OptionFeedbackElement}, not left as a DOM element: JAXB builds a new DOM document
     * builder for every DOM element, which made options the most expensive part of reading a file.
     */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class OptionElement extends Placed {
        @XmlAttribute Boolean correct;
        @XmlMixed
        @XmlElementRef(type = OptionFeedbackElement.class)
        List<Object> content = new ArrayList<>();
    }

    /** The feedback inside an option. */
    @XmlRootElement(name = "feedback", namespace = Namespaces.VIGNETTE)
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class OptionFeedbackElement {
        @XmlValue String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class SingleChoiceElement extends QuestionElement {
        @XmlElement(name = "option", namespace = Namespaces.VIGNETTE)
        List<OptionElement> options = new ArrayList<>();

        @Override
        <R> R accept(QuestionElementVisitor<R> visitor) {
            return visitor.singleChoice(this);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class MultipleResponseElement extends QuestionElement {
        @XmlAttribute String scoring;
        @XmlElement(name = "option", namespace = Namespaces.VIGNETTE)
        List<OptionElement> options = new ArrayList<>();

        @Override
        <R> R accept(QuestionElementVisitor<R> visitor) {
            return visitor.multipleResponse(this);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class OrderingElement extends QuestionElement {
        @XmlAttribute String scoring;
        @XmlElement(name = "item", namespace = Namespaces.VIGNETTE)
        List<String> items = new ArrayList<>();

        @Override
        <R> R accept(QuestionElementVisitor<R> visitor) {
            return visitor.ordering(this);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class MatchingElement extends QuestionElement {
        @XmlAttribute String scoring;
        @XmlElement(name = "pair", namespace = Namespaces.VIGNETTE)
        List<PairElement> pairs = new ArrayList<>();
        @XmlElement(name = "distractor", namespace = Namespaces.VIGNETTE)
        List<DistractorElement> distractors = new ArrayList<>();

        @Override
        <R> R accept(QuestionElementVisitor<R> visitor) {
            return visitor.matching(this);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class PairElement extends Placed {
        @XmlElement(namespace = Namespaces.VIGNETTE) String left;
        @XmlElement(namespace = Namespaces.VIGNETTE) String right;
    }

    /** A spare right-hand option of a matching question (text only, so JAXB gives it no location). */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class DistractorElement {
        @XmlValue String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class OpenResponseElement extends QuestionElement {
        @XmlAttribute(name = "max-length") Integer maxLength;
        @XmlElement(name = "model-answer", namespace = Namespaces.VIGNETTE) String modelAnswer;
        @XmlElement(namespace = Namespaces.VIGNETTE) RubricElement rubric;

        @Override
        <R> R accept(QuestionElementVisitor<R> visitor) {
            return visitor.openResponse(this);
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class RubricElement extends Placed {
        @XmlElement(name = "criterion", namespace = Namespaces.VIGNETTE)
        List<CriterionElement> criteria = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class CriterionElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute String title;
        @XmlAttribute Integer points;
        @XmlElement(name = "level", namespace = Namespaces.VIGNETTE)
        List<LevelElement> levels = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class LevelElement extends Placed {
        @XmlAttribute Integer points;
        @XmlValue String descriptor;
    }

    // ---------------------------------------------------------------- quiz blueprint

    @XmlRootElement(name = "quiz", namespace = Namespaces.QUIZ)
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class QuizElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute Integer version;
        @XmlAttribute(name = "pass-percent") Integer passPercent;
        @XmlAttribute(name = "time-limit-minutes") Integer timeLimitMinutes;
        @XmlAttribute(name = "shuffle-questions") Boolean shuffleQuestions;
        @XmlAttribute(name = "shuffle-options") Boolean shuffleOptions;
        @XmlAttribute Integer attempts;
        @XmlAttribute(name = "attempt-policy") String attemptPolicy;
        @XmlElement(namespace = Namespaces.QUIZ) String title;
        @XmlElement(namespace = Namespaces.QUIZ) String instructions;
        @XmlElement(name = "section", namespace = Namespaces.QUIZ)
        List<SectionElement> sections = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class SectionElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute String title;
        @XmlAttribute Integer draw;
        @XmlAttribute(name = "must-pass") Boolean mustPass;
        @XmlElements({
            @XmlElement(name = "select", namespace = Namespaces.QUIZ, type = SelectElement.class),
            @XmlElement(name = "fixed", namespace = Namespaces.QUIZ, type = FixedElement.class)
        })
        List<Placed> parts = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class SelectElement extends Placed {
        @XmlAttribute String concepts;
        @XmlAttribute String formats;
        @XmlAttribute String difficulties;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class FixedElement extends Placed {
        @XmlAttribute String ref;
        @XmlAttribute(name = "must-pass") Boolean mustPass;
    }

    // ---------------------------------------------------------------- course

    @XmlRootElement(name = "course", namespace = Namespaces.COURSE)
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class CourseElement extends Placed {
        @XmlAttribute String id;
        @XmlAttribute String quiz;
        @XmlElement(namespace = Namespaces.COURSE) String title;
        @XmlElement(namespace = Namespaces.COURSE) SponsorElement sponsor;
        @XmlElement(namespace = Namespaces.COURSE) CreditsElement credits;
        @XmlElement(namespace = Namespaces.COURSE) String approval;
        @XmlElement(namespace = Namespaces.COURSE) InstructorElement instructor;
        @XmlElement(namespace = Namespaces.COURSE) DatesElement dates;
        @XmlElement(namespace = Namespaces.COURSE) String location;
        @XmlElement(namespace = Namespaces.COURSE) String delivery;
        @XmlElement(namespace = Namespaces.COURSE) CertificateElement certificate;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class SponsorElement extends Placed {
        @XmlAttribute(name = "provider-number") String providerNumber;
        @XmlAttribute(name = "approved-by") String approvedBy;
        @XmlValue String name;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class CreditsElement extends Placed {
        @XmlAttribute String hours;
        @XmlAttribute String kind;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class InstructorElement extends Placed {
        @XmlAttribute String name;
        @XmlAttribute String credentials;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class DatesElement extends Placed {
        @XmlAttribute String start;
        @XmlAttribute String end;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class CertificateElement extends Placed {
        @XmlAttribute String paper;
        @XmlAttribute(name = "show-score") Boolean showScore;
    }
}
