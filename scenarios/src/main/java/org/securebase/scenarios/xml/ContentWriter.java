package org.securebase.scenarios.xml;

import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.course.Course;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.Rubric;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/**
 * Writes vignettes, blueprints and courses as XML that validates against the bundled schemas
 * and reads back to an equal model: what an import from another format or an editor's "save"
 * produces. Defaults are written out so a file shows every setting.
 *
 * @since 0.1
 */
public final class ContentWriter {
    private static final String INDENT = "  ";

    private final XMLStreamWriter w;
    private final StringWriter out;
    private int depth;

    private ContentWriter() throws XMLStreamException {
        out = new StringWriter();
        w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
    }

    /** The vignette as a {@code urn:securebase:vignette:1} document. */
    public static String write(Vignette v) {
        try {
            ContentWriter x = new ContentWriter();
            return x.vignette(v);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write vignette " + v.id() + ": " + e.getMessage(), e);
        }
    }

    /** The blueprint as a {@code urn:securebase:quiz:1} document. */
    public static String write(QuizBlueprint b) {
        try {
            ContentWriter x = new ContentWriter();
            return x.blueprint(b);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write blueprint " + b.id() + ": " + e.getMessage(), e);
        }
    }

    /** The course as a {@code urn:securebase:course:1} document. */
    public static String write(Course c) {
        try {
            ContentWriter x = new ContentWriter();
            return x.course(c);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write course " + c.id() + ": " + e.getMessage(), e);
        }
    }

    private String vignette(Vignette v) throws XMLStreamException {
        root("vignette", Namespaces.VIGNETTE);
        w.writeAttribute("id", v.id());
        w.writeAttribute("version", String.valueOf(v.version()));
        w.writeAttribute("format", v.format().xmlName());
        w.writeAttribute("modality", v.modality().value());
        w.writeAttribute("difficulty", v.difficulty().xmlName());
        if (v.minutes() != null) {
            w.writeAttribute("minutes", String.valueOf(v.minutes()));
        }
        w.writeAttribute("language", v.language());
        leaf("title", v.title());
        open("authors");
        for (String a : v.authors()) {
            leaf("author", a);
        }
        close();
        if (v.license() != null) {
            leaf("license", v.license());
        }
        for (String note : v.contentNotes()) {
            leaf("content-note", note);
        }
        if (v.series() != null) {
            empty("series");
            w.writeAttribute("id", v.series().id());
            w.writeAttribute("session", String.valueOf(v.series().session()));
        }
        if (!v.objectives().isEmpty()) {
            open("objectives");
            for (Objective o : v.objectives()) {
                start("objective");
                w.writeAttribute("concepts", concepts(o.concepts()));
                w.writeCharacters(o.text());
                w.writeEndElement();
            }
            close();
        }
        open("clients");
        for (Client c : v.clients()) {
            empty("client");
            w.writeAttribute("id", c.id());
            w.writeAttribute("name", c.name());
            optional("age", c.age() == null ? null : String.valueOf(c.age()));
            optional("pronouns", c.pronouns());
            optional("role", c.role());
        }
        close();
        open("background");
        for (String p : v.background()) {
            leaf("p", p);
        }
        close();
        if (!v.transcript().isEmpty()) {
            open("transcript");
            for (Turn t : v.transcript()) {
                start("turn");
                w.writeAttribute("speaker", t.speaker());
                optional("nonverbal", t.nonverbal());
                w.writeCharacters(t.text());
                w.writeEndElement();
            }
            close();
        }
        if (!v.annotations().isEmpty()) {
            open("annotations");
            for (Annotation a : v.annotations()) {
                start("note");
                w.writeAttribute("concepts", concepts(a.concepts()));
                if (!a.turns().isEmpty()) {
                    w.writeAttribute("turns", a.turns().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                }
                w.writeCharacters(a.text());
                w.writeEndElement();
            }
            close();
        }
        open("questions");
        for (Question q : v.questions()) {
            question(q);
        }
        close();
        return finish();
    }

    private void question(Question q) throws XMLStreamException {
        open(q.typeName());
        w.writeAttribute("id", q.id());
        w.writeAttribute("points", String.valueOf(q.points()));
        w.writeAttribute("concepts", concepts(q.concepts()));
        if (q.difficulty().isPresent()) {
            w.writeAttribute("difficulty", q.difficulty().get().xmlName());
        }
        Part body = q.accept(new QuestionVisitor<Part>() {
            @Override
            public Part singleChoice(SingleChoice s) {
                return () -> {
                    leaf("stem", q.stem());
                    options(s.options());
                };
            }

            @Override
            public Part multipleResponse(MultipleResponse m) {
                return () -> {
                    w.writeAttribute("scoring", m.scoring().xmlName());
                    leaf("stem", q.stem());
                    options(m.options());
                };
            }

            @Override
            public Part ordering(Ordering o) {
                return () -> {
                    w.writeAttribute("scoring", o.scoring().xmlName());
                    leaf("stem", q.stem());
                    for (String item : o.items()) {
                        leaf("item", item);
                    }
                };
            }

            @Override
            public Part matching(Matching m) {
                return () -> {
                    w.writeAttribute("scoring", m.scoring().xmlName());
                    leaf("stem", q.stem());
                    for (MatchPair p : m.pairs()) {
                        start("pair");
                        w.writeStartElement("left");
                        w.writeCharacters(p.left());
                        w.writeEndElement();
                        w.writeStartElement("right");
                        w.writeCharacters(p.right());
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                    for (String spare : m.distractors()) {
                        leaf("distractor", spare);
                    }
                };
            }

            @Override
            public Part openResponse(OpenResponse o) {
                return () -> {
                    optional("max-length", o.limit().map(String::valueOf).orElse(null));
                    leaf("stem", q.stem());
                    if (o.modelAnswer() != null) {
                        leaf("model-answer", o.modelAnswer());
                    }
                    if (o.rubric() != null) {
                        rubric(o.rubric());
                    }
                };
            }
        });
        body.write();
        if (q.feedback() != null) {
            leaf("feedback", q.feedback());
        }
        close();
    }

    /** The type's own attributes and elements of a question, written once the common attributes are. */
    private interface Part {
        void write() throws XMLStreamException;
    }

    private void rubric(Rubric rubric) throws XMLStreamException {
        open("rubric");
        for (RubricCriterion c : rubric.criteria()) {
            open("criterion");
            w.writeAttribute("id", c.id());
            w.writeAttribute("title", c.title());
            w.writeAttribute("points", String.valueOf(c.points()));
            for (RubricLevel level : c.levels()) {
                if (level.described()) {
                    start("level");
                    w.writeAttribute("points", String.valueOf(level.points()));
                    w.writeCharacters(level.descriptor());
                    w.writeEndElement();
                } else {
                    empty("level");
                    w.writeAttribute("points", String.valueOf(level.points()));
                }
            }
            close();
        }
        close();
    }

    private void options(List<ChoiceOption> options) throws XMLStreamException {
        for (ChoiceOption o : options) {
            start("option");
            if (o.correct()) {
                w.writeAttribute("correct", "true");
            }
            w.writeCharacters(o.text());
            if (o.feedback() != null) {
                w.writeStartElement("feedback");
                w.writeCharacters(o.feedback());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
    }

    private String blueprint(QuizBlueprint b) throws XMLStreamException {
        root("quiz", Namespaces.QUIZ);
        w.writeAttribute("id", b.id());
        w.writeAttribute("version", String.valueOf(b.version()));
        w.writeAttribute("pass-percent", String.valueOf(b.passPercent()));
        optional("time-limit-minutes", b.timeLimitMinutes() == null ? null : String.valueOf(b.timeLimitMinutes()));
        w.writeAttribute("shuffle-questions", String.valueOf(b.shuffleQuestions()));
        w.writeAttribute("shuffle-options", String.valueOf(b.shuffleOptions()));
        w.writeAttribute("attempts", String.valueOf(b.maxAttempts()));
        w.writeAttribute("attempt-policy", b.attemptPolicy().xmlName());
        leaf("title", b.title());
        if (b.instructions() != null) {
            leaf("instructions", b.instructions());
        }
        for (Section s : b.sections()) {
            open("section");
            w.writeAttribute("id", s.id());
            w.writeAttribute("title", s.title());
            optional("draw", s.draw() == null ? null : String.valueOf(s.draw()));
            optional("must-pass", s.mustPass() ? "true" : null);
            for (Selection sel : s.selections()) {
                empty("select");
                if (!sel.concepts().isEmpty()) {
                    w.writeAttribute("concepts", sel.concepts().stream().map(Object::toString).collect(Collectors.joining(" ")));
                }
                if (!sel.formats().isEmpty()) {
                    w.writeAttribute("formats", sel.formats().stream().sorted(Comparator.naturalOrder())
                            .map(f -> f.xmlName()).collect(Collectors.joining(" ")));
                }
                if (!sel.difficulties().isEmpty()) {
                    w.writeAttribute("difficulties", sel.difficulties().stream().sorted(Comparator.naturalOrder())
                            .map(d -> d.xmlName()).collect(Collectors.joining(" ")));
                }
            }
            for (var ref : s.fixed()) {
                empty("fixed");
                w.writeAttribute("ref", ref.toString());
                optional("must-pass", s.mustPassFixed().contains(ref) ? "true" : null);
            }
            close();
        }
        return finish();
    }

    private String course(Course c) throws XMLStreamException {
        root("course", Namespaces.COURSE);
        w.writeAttribute("id", c.id());
        w.writeAttribute("quiz", c.quizId());
        leaf("title", c.title());
        start("sponsor");
        optional("provider-number", c.sponsor().providerNumber());
        optional("approved-by", c.sponsor().approvingBody());
        w.writeCharacters(c.sponsor().name());
        w.writeEndElement();
        empty("credits");
        w.writeAttribute("hours", c.credits().hours().toPlainString());
        w.writeAttribute("kind", c.credits().kind());
        if (c.approval() != null) {
            leaf("approval", c.approval());
        }
        if (c.instructor() != null) {
            empty("instructor");
            w.writeAttribute("name", c.instructor().name());
            optional("credentials", c.instructor().credentials());
        }
        if (c.dates() != null) {
            empty("dates");
            w.writeAttribute("start", c.dates().start().toString());
            w.writeAttribute("end", c.dates().end().toString());
        }
        if (c.location() != null) {
            leaf("location", c.location());
        }
        if (c.delivery() != null) {
            leaf("delivery", c.delivery());
        }
        empty("certificate");
        w.writeAttribute("paper", c.certificate().paper().xmlName());
        w.writeAttribute("show-score", String.valueOf(c.certificate().showScore()));
        return finish();
    }

    // ---------------------------------------------------------------- layout

    private void root(String name, String namespace) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.setDefaultNamespace(namespace);
        w.writeStartElement(namespace, name);
        w.writeDefaultNamespace(namespace);
        depth = 1;
    }

    private String finish() throws XMLStreamException {
        depth = 0;
        newline();
        w.writeEndElement();
        w.writeEndDocument();
        w.flush();
        w.close();
        return out.toString() + "\n";
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** An element that will hold child elements on their own lines. */
    private void open(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        newline();
        w.writeEndElement();
    }

    /** An element whose content follows on the same line; the caller ends it. */
    private void start(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
    }

    private void empty(String name) throws XMLStreamException {
        newline();
        w.writeEmptyElement(name);
    }

    private void leaf(String name, String text) throws XMLStreamException {
        start(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private void optional(String attribute, String value) throws XMLStreamException {
        if (value != null) {
            w.writeAttribute(attribute, value);
        }
    }

    private static String concepts(List<ConceptId> ids) {
        return ids.stream().map(ConceptId::value).collect(Collectors.joining(" "));
    }
}
