package org.securebase.scenarios.xml.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
import org.securebase.scenarios.xml.interchange.XmlLayout;

/**
 * Writes one question as a QTI 2.1 {@code assessmentItem}: the case and the interaction in the
 * item body, {@code SCORE} in points scored by our rule (right or wrong; {@code mapResponse}
 * for partial multiple response, +1 per keyed and −1 per other choice over k, floored at 0;
 * concordant pairs counted pair by pair for partial ordering; the share of right pairs through
 * {@code mapResponse} for partial matching; a match of the correct response otherwise),
 * per-option feedback as {@code feedbackInline}, general feedback as {@code modalFeedback}; an open
 * response as an {@code extendedTextInteraction} scored by a person, its rubric for scorers only.
 *
 * @since 0.2
 */
final class QtiItemWriter {
    private static final String RESPONSE = "RESPONSE";
    private static final String GENERAL = "GENERAL";

    private final XMLStreamWriter w;
    private final XmlLayout x;

    private QtiItemWriter(XMLStreamWriter w) {
        this.w = w;
        this.x = new XmlLayout(w);
    }

    /** The item's document, UTF-8. */
    static byte[] write(LibraryQuestion lq) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = Qti.writer(out);
        try {
            new QtiItemWriter(w).item(lq);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the item of " + lq.ref() + ": " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void item(LibraryQuestion lq) throws XMLStreamException {
        Question q = lq.question();
        w.writeStartDocument("UTF-8", "1.0");
        x.newline();
        w.setDefaultNamespace(Qti.NS);
        x.open("assessmentItem");
        w.writeDefaultNamespace(Qti.NS);
        w.writeNamespace("xsi", Qti.XSI);
        w.writeAttribute("xsi", Qti.XSI, "schemaLocation", Qti.NS + " " + Qti.SCHEMA);
        w.writeAttribute("identifier", Qti.itemId(lq.ref()));
        w.writeAttribute("title", lq.vignette().title() + " \u2013 " + q.id());
        w.writeAttribute("adaptive", "false");
        w.writeAttribute("timeDependent", "false");
        Interaction interaction = q.accept(new InteractionOf());
        interaction.declareResponse();
        outcome("SCORE", "single", "float", "0");
        outcome("MAXSCORE", "single", "float", Qti.number(q.points()));
        if (interaction.hasOptionFeedback()) {
            outcome("FEEDBACK", interaction.feedbackCardinality(), "identifier", null);
        }
        if (q.feedback() != null) {
            outcome("FEEDBACKMODAL", "single", "identifier", null);
        }
        interaction.declareMore();
        x.open("itemBody");
        x.newline();
        CaseHtml.write(w, lq.vignette());
        interaction.body();
        x.close();
        x.open("responseProcessing");
        interaction.score();
        if (interaction.hasOptionFeedback()) {
            x.open("setOutcomeValue");
            w.writeAttribute("identifier", "FEEDBACK");
            variable(RESPONSE);
            x.close();
        }
        if (q.feedback() != null) {
            x.open("setOutcomeValue");
            w.writeAttribute("identifier", "FEEDBACKMODAL");
            baseValue("identifier", GENERAL);
            x.close();
        }
        x.close();
        if (q.feedback() != null) {
            x.start("modalFeedback");
            w.writeAttribute("outcomeIdentifier", "FEEDBACKMODAL");
            w.writeAttribute("identifier", GENERAL);
            w.writeAttribute("showHide", "show");
            w.writeCharacters(q.feedback());
            w.writeEndElement();
        }
        x.close();
        w.writeEndDocument();
    }

    // ------------------------------------------------------------------ shared pieces

    private void outcome(String id, String cardinality, String baseType, String defaultValue) throws XMLStreamException {
        if (defaultValue == null) {
            x.empty("outcomeDeclaration");
        } else {
            x.open("outcomeDeclaration");
        }
        w.writeAttribute("identifier", id);
        w.writeAttribute("cardinality", cardinality);
        w.writeAttribute("baseType", baseType);
        if (defaultValue != null) {
            x.open("defaultValue");
            x.leaf("value", defaultValue);
            x.close();
            x.close();
        }
    }

    private void response(String cardinality, String baseType, List<String> correct) throws XMLStreamException {
        x.open("responseDeclaration");
        w.writeAttribute("identifier", RESPONSE);
        w.writeAttribute("cardinality", cardinality);
        w.writeAttribute("baseType", baseType);
        x.open("correctResponse");
        for (String c : correct) {
            x.leaf("value", c);
        }
        x.close();
    }

    /** A mapping of +1 for each keyed key and −1 for each other, floored at 0 (closed by the caller's {@link XmlLayout#close()}). */
    private void mapping(List<String> keyed, List<String> others) throws XMLStreamException {
        x.open("mapping");
        w.writeAttribute("lowerBound", "0");
        w.writeAttribute("upperBound", String.valueOf(keyed.size()));
        w.writeAttribute("defaultValue", "0");
        for (String k : keyed) {
            mapEntry(k, "1");
        }
        for (String o : others) {
            mapEntry(o, "-1");
        }
        x.close();
    }

    private void mapEntry(String key, String value) throws XMLStreamException {
        x.empty("mapEntry");
        w.writeAttribute("mapKey", key);
        w.writeAttribute("mappedValue", value);
    }

    /** SCORE = MAXSCORE when the response is the correct one. */
    private void matchCorrect() throws XMLStreamException {
        x.open("responseCondition");
        x.open("responseIf");
        x.open("match");
        variable(RESPONSE);
        x.empty("correct");
        w.writeAttribute("identifier", RESPONSE);
        x.close();
        x.open("setOutcomeValue");
        w.writeAttribute("identifier", "SCORE");
        variable("MAXSCORE");
        x.close();
        x.close();
        x.close();
    }

    /** SCORE = MAXSCORE × (the value of {@code credit}) / {@code of}, the credit written by the caller. */
    private void scaled(Body credit, int of) throws XMLStreamException {
        x.open("setOutcomeValue");
        w.writeAttribute("identifier", "SCORE");
        x.open("product");
        variable("MAXSCORE");
        x.open("divide");
        credit.write();
        baseValue("float", String.valueOf(of));
        x.close();
        x.close();
        x.close();
    }

    private void mapResponse() throws XMLStreamException {
        x.empty("mapResponse");
        w.writeAttribute("identifier", RESPONSE);
    }

    private void variable(String id) throws XMLStreamException {
        x.empty("variable");
        w.writeAttribute("identifier", id);
    }

    private void baseValue(String type, String value) throws XMLStreamException {
        x.start("baseValue");
        w.writeAttribute("baseType", type);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void prompt(String stem) throws XMLStreamException {
        x.leaf("prompt", stem);
    }

    private static String choiceId(int index) {
        return "C" + (index + 1);
    }

    /** Writes part of the document. */
    @FunctionalInterface
    private interface Body {
        void write() throws XMLStreamException;
    }

    /** What differs between the interactions. */
    private interface Interaction {
        void declareResponse() throws XMLStreamException;

        default void declareMore() throws XMLStreamException {
        }

        void body() throws XMLStreamException;

        void score() throws XMLStreamException;

        default boolean hasOptionFeedback() {
            return false;
        }

        default String feedbackCardinality() {
            return "single";
        }
    }

    /** The interaction of each question type. */
    private final class InteractionOf implements QuestionVisitor<Interaction> {
        @Override
        public Interaction singleChoice(SingleChoice q) {
            return new Choice(q.options(), 1, false, q.stem());
        }

        @Override
        public Interaction multipleResponse(MultipleResponse q) {
            return new Choice(q.options(), 0, q.scoring() == Scoring.PARTIAL, q.stem());
        }

        @Override
        public Interaction ordering(Ordering q) {
            return new Order(q);
        }

        @Override
        public Interaction matching(Matching q) {
            return new Match(q);
        }

        @Override
        public Interaction openResponse(OpenResponse q) {
            return new Essay(q);
        }
    }

    /** A {@code choiceInteraction}, single (maxChoices 1) or multiple (maxChoices 0). */
    private final class Choice implements Interaction {
        private final List<ChoiceOption> options;
        private final int maxChoices;
        private final boolean partial;
        private final String stem;

        Choice(List<ChoiceOption> options, int maxChoices, boolean partial, String stem) {
            this.options = options;
            this.maxChoices = maxChoices;
            this.partial = partial;
            this.stem = stem;
        }

        private List<String> ids(boolean correct) {
            return java.util.stream.IntStream.range(0, options.size()).filter(i -> options.get(i).correct() == correct)
                    .mapToObj(QtiItemWriter::choiceId).toList();
        }

        @Override
        public void declareResponse() throws XMLStreamException {
            response(maxChoices == 1 ? "single" : "multiple", "identifier", ids(true));
            if (partial) {
                mapping(ids(true), ids(false));
            }
            x.close();
        }

        @Override
        public void body() throws XMLStreamException {
            x.open("choiceInteraction");
            w.writeAttribute("responseIdentifier", RESPONSE);
            w.writeAttribute("shuffle", "true");
            w.writeAttribute("maxChoices", String.valueOf(maxChoices));
            prompt(stem);
            for (int i = 0; i < options.size(); i++) {
                ChoiceOption o = options.get(i);
                x.start("simpleChoice");
                w.writeAttribute("identifier", choiceId(i));
                w.writeCharacters(o.text());
                if (o.feedback() != null) {
                    w.writeStartElement("feedbackInline");
                    w.writeAttribute("outcomeIdentifier", "FEEDBACK");
                    w.writeAttribute("identifier", choiceId(i));
                    w.writeAttribute("showHide", "show");
                    w.writeCharacters(" " + o.feedback());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            x.close();
        }

        @Override
        public void score() throws XMLStreamException {
            if (partial) {
                scaled(QtiItemWriter.this::mapResponse, ids(true).size());
            } else {
                matchCorrect();
            }
        }

        @Override
        public boolean hasOptionFeedback() {
            return options.stream().anyMatch(o -> o.feedback() != null);
        }

        @Override
        public String feedbackCardinality() {
            return maxChoices == 1 ? "single" : "multiple";
        }
    }

    /**
     * An {@code extendedTextInteraction} for an open response: a string response with no correct
     * value and no response processing (a person scores it), the model answer and rubric in a
     * {@code rubricBlock} only scorers see.
     */
    private final class Essay implements Interaction {
        private final OpenResponse q;

        Essay(OpenResponse q) {
            this.q = q;
        }

        @Override
        public void declareResponse() throws XMLStreamException {
            x.empty("responseDeclaration");
            w.writeAttribute("identifier", RESPONSE);
            w.writeAttribute("cardinality", "single");
            w.writeAttribute("baseType", "string");
        }

        @Override
        public void body() throws XMLStreamException {
            x.open("rubricBlock");
            w.writeAttribute("view", "scorer");
            x.newline();
            RubricHtml.write(w, q);
            x.close();
            x.open("extendedTextInteraction");
            w.writeAttribute("responseIdentifier", RESPONSE);
            q.limit().ifPresent(n -> attribute("expectedLength", String.valueOf(n)));
            w.writeAttribute("expectedLines", String.valueOf(AnswerSpace.lines(q)));
            prompt(q.stem());
            x.close();
        }

        private void attribute(String name, String value) {
            try {
                w.writeAttribute(name, value);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void score() {
            // scored by a person: SCORE keeps its default until a grader sets it
        }
    }

    /** An {@code orderInteraction}; partial credit counts the item pairs in the keyed relative order. */
    private final class Order implements Interaction {
        private final Ordering q;

        Order(Ordering q) {
            this.q = q;
        }

        private String itemId(int index) {
            return "I" + (index + 1);
        }

        private List<String> ids() {
            return java.util.stream.IntStream.range(0, q.items().size()).mapToObj(this::itemId).toList();
        }

        @Override
        public void declareResponse() throws XMLStreamException {
            response("ordered", "identifier", ids());
            x.close();
        }

        @Override
        public void declareMore() throws XMLStreamException {
            if (q.scoring() == Scoring.PARTIAL) {
                outcome("PAIRS", "single", "integer", "0");
            }
        }

        @Override
        public void body() throws XMLStreamException {
            x.open("orderInteraction");
            w.writeAttribute("responseIdentifier", RESPONSE);
            w.writeAttribute("shuffle", "true");
            prompt(q.stem());
            for (int i = 0; i < q.items().size(); i++) {
                x.start("simpleChoice");
                w.writeAttribute("identifier", itemId(i));
                w.writeCharacters(q.items().get(i));
                w.writeEndElement();
            }
            x.close();
        }

        @Override
        public void score() throws XMLStreamException {
            if (q.scoring() != Scoring.PARTIAL) {
                matchCorrect();
                return;
            }
            int n = q.items().size();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    concordant(itemId(a), itemId(b), n);
                }
            }
            scaled(() -> variable("PAIRS"), n * (n - 1) / 2);
        }

        /** PAIRS + 1 when {@code first} stands somewhere before {@code second} in the response. */
        private void concordant(String first, String second, int n) throws XMLStreamException {
            x.open("responseCondition");
            x.open("responseIf");
            x.open("or");
            for (int p = 1; p <= n; p++) {
                for (int r = p + 1; r <= n; r++) {
                    x.open("and");
                    at(p, first);
                    at(r, second);
                    x.close();
                }
            }
            x.close();
            x.open("setOutcomeValue");
            w.writeAttribute("identifier", "PAIRS");
            x.open("sum");
            variable("PAIRS");
            baseValue("integer", "1");
            x.close();
            x.close();
            x.close();
            x.close();
        }

        private void at(int position, String id) throws XMLStreamException {
            x.open("match");
            x.open("index");
            w.writeAttribute("n", String.valueOf(position));
            variable(RESPONSE);
            x.close();
            baseValue("identifier", id);
            x.close();
        }
    }

    /** A {@code matchInteraction} of lefts to rights; partial credit is the share of right pairs. */
    private final class Match implements Interaction {
        private final Matching q;

        Match(Matching q) {
            this.q = q;
        }

        private List<String> keyed() {
            return java.util.stream.IntStream.range(0, q.pairs().size()).mapToObj(i -> "L" + (i + 1) + " R" + (i + 1)).toList();
        }

        @Override
        public void declareResponse() throws XMLStreamException {
            response("multiple", "directedPair", keyed());
            if (q.scoring() == Scoring.PARTIAL) {
                mapping(keyed(), List.of());
            }
            x.close();
        }

        @Override
        public void body() throws XMLStreamException {
            x.open("matchInteraction");
            w.writeAttribute("responseIdentifier", RESPONSE);
            w.writeAttribute("shuffle", "true");
            w.writeAttribute("maxAssociations", String.valueOf(q.pairs().size()));
            prompt(q.stem());
            side("L", q.pairs().stream().map(MatchPair::left).toList());
            side("R", q.rights());
            x.close();
        }

        private void side(String prefix, List<String> texts) throws XMLStreamException {
            x.open("simpleMatchSet");
            for (int i = 0; i < texts.size(); i++) {
                x.start("simpleAssociableChoice");
                w.writeAttribute("identifier", prefix + (i + 1));
                w.writeAttribute("matchMax", "1");
                w.writeCharacters(texts.get(i));
                w.writeEndElement();
            }
            x.close();
        }

        @Override
        public void score() throws XMLStreamException {
            if (q.scoring() == Scoring.PARTIAL) {
                scaled(QtiItemWriter.this::mapResponse, q.pairs().size());
            } else {
                matchCorrect();
            }
        }
    }
}
