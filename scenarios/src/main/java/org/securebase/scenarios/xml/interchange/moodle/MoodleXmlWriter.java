package org.securebase.scenarios.xml.interchange.moodle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.AnswerSpace;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.scenarios.xml.interchange.CaseHtml;
import org.securebase.scenarios.xml.interchange.RubricHtml;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.interchange.ExportSection;
import org.securebase.scenarios.interchange.Html;
import org.securebase.scenarios.xml.interchange.XmlLayout;

/**
 * Writes an export as a Moodle XML question bank: a category per section (its idnumber the
 * section's id), then each question with the case and the stem in its text (so a question Moodle
 * draws at random or shuffles still carries its case), our reference as its idnumber, its
 * concepts as tags ({@code difficulty:…} when it has its own difficulty, {@code scoring:all-or-nothing}
 * where Moodle cannot grade all or nothing), per-answer and
 * general feedback. Single choice and multiple response become {@code multichoice}, matching
 * {@code matching}, ordering {@code ordering} graded {@code RELATIVE_ALL_PREVIOUS_AND_NEXT}
 * (which scores exactly our concordant pairs) or {@code ALL_OR_NOTHING}, open response {@code essay}
 * with the model answer and rubric as grader information. The same export always
 * gives the same bytes.
 *
 * @since 0.2
 */
public final class MoodleXmlWriter {
    /** Where the categories go in the course's question bank. */
    static final String CATEGORY_ROOT = "$course$/top/";
    /** The tag prefix carrying a question's own difficulty. */
    static final String DIFFICULTY_TAG = "difficulty:";

    private final XmlLayout x;
    private final XMLStreamWriter w;
    private final List<String> notes = new ArrayList<>();

    private MoodleXmlWriter(XMLStreamWriter w) {
        this.w = w;
        this.x = new XmlLayout(w);
    }

    /**
     * The export as Moodle XML.
     *
     * @throws ModelException when a question cannot be put into Moodle at all (more than 20 correct options)
     */
    public static MoodleExport write(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            MoodleXmlWriter m = new MoodleXmlWriter(w);
            m.bank(export);
            w.flush();
            w.close();
            out.write('\n');
            return new MoodleExport(out.toByteArray(), export.questions().size(), m.notes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Moodle XML for " + export.id() + ": " + e.getMessage(), e);
        }
    }

    private void bank(Export export) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        x.newline();
        x.open("quiz");
        for (ExportSection s : export.sections()) {
            category(export, s);
            for (LibraryQuestion q : s.questions()) {
                question(q);
            }
        }
        x.close();
        w.writeEndDocument();
    }

    private void category(Export export, ExportSection s) throws XMLStreamException {
        x.open("question");
        w.writeAttribute("type", "category");
        x.open("category");
        x.leaf("text", CATEGORY_ROOT + segment(export.title()) + "/" + segment(s.title()));
        x.close();
        x.open("info");
        w.writeAttribute("format", "html");
        x.leaf("text", "<p>" + Html.escape(s.title()) + "</p>");
        x.close();
        x.leaf("idnumber", s.id());
        x.close();
    }

    /** A category path segment: Moodle reads "/" as a separator and "//" as a slash in a name. */
    static String segment(String name) {
        return name.replace("/", "//");
    }

    private void question(LibraryQuestion lq) throws XMLStreamException {
        Question q = lq.question();
        String ref = lq.ref().toString();
        x.open("question");
        w.writeAttribute("type", q.accept(TYPE));
        x.open("name");
        x.leaf("text", ref + " " + lq.vignette().title());
        x.close();
        x.open("questiontext");
        w.writeAttribute("format", "html");
        x.leaf("text", CaseHtml.withStem(lq.vignette(), q.stem()));
        x.close();
        x.open("generalfeedback");
        w.writeAttribute("format", "html");
        x.leaf("text", q.feedback() == null ? "" : "<p>" + Html.escape(q.feedback()) + "</p>");
        x.close();
        x.leaf("defaultgrade", String.valueOf(q.points()));
        x.leaf("penalty", "0");
        x.leaf("hidden", "0");
        x.leaf("idnumber", ref);
        boolean markAllOrNothing = q.accept(new Body(ref));
        x.open("tags");
        List<String> tags = new ArrayList<>(q.concepts().stream().map(ConceptId::value).toList());
        q.difficulty().ifPresent(d -> tags.add(DIFFICULTY_TAG + d.xmlName()));
        if (markAllOrNothing) {
            tags.add(MoodleBankReader.ALL_OR_NOTHING_TAG);
        }
        for (String tag : tags) {
            x.open("tag");
            x.leaf("text", tag);
            x.close();
        }
        x.close();
        x.close();
    }

    /** The Moodle question type of each of ours. */
    private static final QuestionVisitor<String> TYPE = new QuestionVisitor<>() {
        @Override
        public String singleChoice(SingleChoice q) {
            return "multichoice";
        }

        @Override
        public String multipleResponse(MultipleResponse q) {
            return "multichoice";
        }

        @Override
        public String ordering(Ordering q) {
            return "ordering";
        }

        @Override
        public String matching(Matching q) {
            return "matching";
        }

        @Override
        public String openResponse(OpenResponse q) {
            return "essay";
        }
    };

    /**
     * The type-specific part of a question; answers whether the question is all-or-nothing where
     * Moodle cannot grade so, which a tag then records for the way back.
     */
    private final class Body implements QuestionVisitor<Boolean> {
        private final String ref;

        Body(String ref) {
            this.ref = ref;
        }

        @Override
        public Boolean singleChoice(SingleChoice q) {
            try {
                choices(true);
                for (ChoiceOption o : q.options()) {
                    answer(o.correct() ? "100" : "0", o);
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return false;
        }

        @Override
        public Boolean multipleResponse(MultipleResponse q) {
            int k = q.correctPositions().size();
            List<String> keyed = MoodleFraction.keyed(k, ref);
            boolean partial = q.scoring() == Scoring.PARTIAL;
            if (!partial) {
                notes.add(ref + ": all-or-nothing; Moodle's multichoice gives each correct option " + keyed.get(0)
                        + "% and each other −100%, so choosing only some correct options earns part of the marks");
            } else if (!MoodleFraction.exact(k)) {
                notes.add(ref + ": " + k + " correct options and Moodle has no fraction 100/" + k
                        + "; the correct options get 10% or 5% (adding up to 100%) and the others −5%");
            }
            String wrong = partial ? MoodleFraction.penalty(k) : "-100";
            try {
                choices(false);
                int next = 0;
                for (ChoiceOption o : q.options()) {
                    answer(o.correct() ? keyed.get(next++) : wrong, o);
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return !partial;
        }

        @Override
        public Boolean ordering(Ordering q) {
            try {
                x.leaf("layouttype", "VERTICAL");
                x.leaf("selecttype", "ALL");
                x.leaf("selectcount", "0");
                x.leaf("gradingtype", q.scoring() == Scoring.PARTIAL ? "RELATIVE_ALL_PREVIOUS_AND_NEXT" : "ALL_OR_NOTHING");
                x.leaf("showgrading", "SHOW");
                x.leaf("numberingstyle", "none");
                for (int i = 0; i < q.items().size(); i++) {
                    x.open("answer");
                    w.writeAttribute("fraction", String.valueOf(i + 1));
                    w.writeAttribute("format", "html");
                    x.leaf("text", Html.escape(q.items().get(i)));
                    x.close();
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return false;
        }

        @Override
        public Boolean matching(Matching q) {
            if (q.scoring() == Scoring.ALL_OR_NOTHING) {
                notes.add(ref + ": all-or-nothing; Moodle's matching gives the share of right pairs");
            }
            try {
                x.leaf("shuffleanswers", "true");
                for (MatchPair p : q.pairs()) {
                    x.open("subquestion");
                    w.writeAttribute("format", "html");
                    x.leaf("text", Html.escape(p.left()));
                    x.open("answer");
                    x.leaf("text", p.right());
                    x.close();
                    x.close();
                }
                for (String spare : q.distractors()) {
                    x.open("subquestion");
                    w.writeAttribute("format", "html");
                    x.leaf("text", "");
                    x.open("answer");
                    x.leaf("text", spare);
                    x.close();
                    x.close();
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return q.scoring() == Scoring.ALL_OR_NOTHING;
        }

        @Override
        public Boolean openResponse(OpenResponse q) {
            try {
                x.leaf("responseformat", "plain");
                x.leaf("responserequired", "1");
                x.leaf("responsefieldlines", String.valueOf(AnswerSpace.lines(q)));
                x.leaf("attachments", "0");
                x.leaf("attachmentsrequired", "0");
                x.open("graderinfo");
                w.writeAttribute("format", "html");
                x.leaf("text", RubricHtml.of(q));
                x.close();
                x.open("responsetemplate");
                w.writeAttribute("format", "plain");
                x.leaf("text", "");
                x.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            q.limit().ifPresent(n -> notes.add(ref + ": at most " + n + " characters; Moodle's essay limits words, not"
                    + " characters, so the limit is not enforced there"));
            return false;
        }

        private void choices(boolean single) throws XMLStreamException {
            x.leaf("single", String.valueOf(single));
            x.leaf("shuffleanswers", "true");
            x.leaf("answernumbering", "abc");
            x.leaf("showstandardinstruction", "1");
        }

        private void answer(String fraction, ChoiceOption o) throws XMLStreamException {
            x.open("answer");
            w.writeAttribute("fraction", fraction);
            w.writeAttribute("format", "html");
            x.leaf("text", Html.escape(o.text()));
            x.open("feedback");
            w.writeAttribute("format", "html");
            x.leaf("text", o.feedback() == null ? "" : Html.escape(o.feedback()));
            x.close();
            x.close();
        }
    }
}
