package org.securebase.scenarios.xml.interchange.moodle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.interchange.Html;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a Moodle XML question bank into vignettes. Questions a SecureBase export wrote (their
 * idnumber a question reference, the case in their text) come back as they were; other
 * questions are grouped by category into one vignette each, with the category's description
 * question as background when there is one and a minimal case when there is not. Concept ids
 * come from tags. Whatever SecureBase cannot hold (cloze, numerical, essay, short answer,
 * drag-and-drop, images, matching with distractors …) is listed per question with the reason.
 * A file that is not well-formed, hostile, not Moodle XML, too large or holding a fraction
 * Moodle rejects is refused whole ({@link BankRejectedException}).
 *
 * @since 0.2
 */
public final class MoodleBankReader {
    /** Files larger than this are refused unread. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Banks with more questions than this are refused: import them category by category. */
    public static final int MAX_QUESTIONS = 5000;
    /** The tag that marks an all-or-nothing question, which Moodle cannot grade so. */
    static final String ALL_OR_NOTHING_TAG = "scoring:all-or-nothing";

    private final ConceptCatalogue catalogue;
    private final ConceptId fallbackConcept;
    private final ConceptId modality;

    /**
     * A reader.
     *
     * @param catalogue the concept ids tags may name
     * @param fallbackConcept the concept of questions whose tags name none, or null to skip such questions
     * @param modality the modality of vignettes whose case does not say
     */
    public MoodleBankReader(ConceptCatalogue catalogue, ConceptId fallbackConcept, ConceptId modality) {
        this.catalogue = catalogue;
        this.fallbackConcept = fallbackConcept;
        this.modality = modality;
    }

    /**
     * Reads a bank.
     *
     * @param name the file's name, used in messages and as the author of cases without one
     * @throws BankRejectedException when nothing of the file can be imported
     */
    public MoodleImport read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BankRejectedException(name + ": the file is " + bytes.length + " bytes; Moodle banks are refused above "
                    + MAX_BYTES + " bytes (export it category by category)");
        }
        Document doc = SafeDom.parse(bytes, name);
        Element root = doc.getDocumentElement();
        List<Element> questions = switch (root.getTagName()) {
            case "quiz" -> children(root, "question");
            case "question" -> List.of(root);
            default -> throw new BankRejectedException(name + ": not Moodle XML: the root is <" + root.getTagName()
                    + ">, expected <quiz>");
        };
        long count = questions.stream().filter(q -> !"category".equals(q.getAttribute("type"))).count();
        if (count > MAX_QUESTIONS) {
            throw new BankRejectedException(name + ": the bank holds " + count + " questions; SecureBase imports at most "
                    + MAX_QUESTIONS + " at a time (export the bank category by category)");
        }
        for (Element q : questions) {
            checkFractions(name, q);
        }
        return new Run(name).read(questions);
    }

    /** Refuses the file when a choice question carries a fraction Moodle itself would reject. */
    private static void checkFractions(String file, Element q) {
        String type = q.getAttribute("type");
        if (!"multichoice".equals(type) && !"truefalse".equals(type)) {
            return;
        }
        for (Element a : children(q, "answer")) {
            String fraction = a.getAttribute("fraction");
            double value;
            try {
                value = fraction.isBlank() ? 0 : MoodleFraction.parse(fraction, nameOf(q));
            } catch (ModelException e) {
                throw new BankRejectedException(file + ": " + e.getMessage());
            }
            if (!MoodleFraction.accepted(value)) {
                throw new BankRejectedException(file + ": question '" + nameOf(q) + "' has the fraction " + fraction
                        + ", which Moodle does not accept (fractions are " + String.join(", ", MoodleFraction.OPTIONS)
                        + ", 0 or their negatives)");
            }
        }
    }

    /** One read: the groups being built and what is reported. */
    private final class Run {
        private final String file;
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final Set<String> vignetteIds = new HashSet<>();
        private final List<MoodleImport.Skipped> skipped = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String category = "";
        private String categoryId = "";

        Run(String file) {
            this.file = file;
        }

        MoodleImport read(List<Element> questions) {
            for (Element q : questions) {
                String type = q.getAttribute("type");
                if ("category".equals(type)) {
                    category = text(child(q, "category"));
                    categoryId = text(child(q, "idnumber"));
                    continue;
                }
                try {
                    question(q, type);
                } catch (ModelException e) {
                    skip(q, type, e.getMessage());
                }
            }
            List<Vignette> vignettes = new ArrayList<>();
            for (Group g : groups.values()) {
                if (g.questions.isEmpty()) {
                    continue;
                }
                try {
                    vignettes.add(g.vignette(file, modality, notes));
                } catch (ModelException e) {
                    for (Question q : g.questions) {
                        skipped.add(new MoodleImport.Skipped(g.label + " " + q.id(), q.typeName(),
                                "its vignette cannot be built: " + e.getMessage()));
                    }
                }
            }
            return new MoodleImport(vignettes, skipped, notes);
        }

        private void skip(Element q, String type, String reason) {
            skipped.add(new MoodleImport.Skipped(label(q), type, reason));
        }

        private String label(Element q) {
            return "'" + nameOf(q) + "'" + (category.isEmpty() ? "" : " in " + category);
        }

        private void question(Element q, String type) {
            if ("description".equals(type)) {
                Group g = categoryGroup();
                if (g.description.isEmpty() && !hasImage(q)) {
                    g.description.addAll(paragraphs(child(q, "questiontext")));
                } else if (hasImage(q)) {
                    notes.add(label(q) + ": a description with an image; only its text could be used, so it was not");
                } else {
                    notes.add(label(q) + ": a second description in the category; only the first became the background");
                }
                return;
            }
            String unsupported = unsupported(type);
            if (unsupported != null) {
                skip(q, type, unsupported);
                return;
            }
            if (hasImage(q)) {
                skip(q, type, "it shows an image or embeds a file; SecureBase questions hold text only");
                return;
            }
            String questionText = text(child(q, "questiontext"));
            Optional<ImportedCase> ownCase = ImportedCase.read(questionText);
            Optional<QuestionRef> ref = reference(text(child(q, "idnumber")));
            Group g = ref.map(r -> refGroup(r.vignetteId())).orElseGet(this::categoryGroup);
            if (g.theCase == null && ownCase.isPresent()) {
                g.theCase = ownCase.get();
            }
            String stem = ownCase.map(ImportedCase::stem).orElseGet(() -> formatted(child(q, "questiontext")));
            Tags tags = tags(q);
            List<ConceptId> concepts = tags.concepts;
            if (concepts.isEmpty()) {
                if (fallbackConcept == null) {
                    skip(q, type, "no tag names a concept id (tag it with one, or give --concept ID)");
                    return;
                }
                concepts = List.of(fallbackConcept);
                notes.add(label(q) + ": no tag names a concept id; given " + fallbackConcept + " (--concept)");
            }
            for (String t : tags.others) {
                notes.add(label(q) + ": the tag '" + t + "' names no concept id and was not kept");
            }
            String id = ref.map(QuestionRef::questionId).orElseGet(g::nextId);
            if (g.ids.contains(id)) {
                skip(q, type, "another question of vignette " + g.label + " has the id " + id);
                return;
            }
            int points = points(child(q, "defaultgrade"));
            String feedback = optional(formatted(child(q, "generalfeedback")));
            Parts parts = new Parts(id, points, concepts, tags.difficulty, stem, feedback, tags.allOrNothing, label(q));
            Question built = switch (type) {
                case "multichoice" -> choice(q, parts);
                case "truefalse" -> trueFalse(q, parts);
                case "matching", "match" -> matching(q, parts);
                case "ordering" -> ordering(q, parts);
                default -> throw new IllegalStateException("type " + type + " passed the check of supported types");
            };
            g.ids.add(id);
            g.questions.add(built);
        }

        private Group categoryGroup() {
            return groups.computeIfAbsent("category " + category, k -> {
                String wanted = isId(categoryId) ? categoryId : slug(lastSegment(category));
                return new Group(unique(wanted), lastSegment(category), category);
            });
        }

        private Group refGroup(String vignetteId) {
            return groups.computeIfAbsent("vignette " + vignetteId, k -> {
                if (!vignetteIds.add(vignetteId)) {
                    throw new ModelException("vignette id " + vignetteId + " is already taken by a category of the bank");
                }
                return new Group(vignetteId, vignetteId, category);
            });
        }

        private String unique(String wanted) {
            String id = wanted;
            for (int n = 2; !vignetteIds.add(id); n++) {
                id = wanted + "-" + n;
            }
            return id;
        }

        private Tags tags(Element q) {
            Tags t = new Tags();
            Element tags = child(q, "tags");
            for (Element tag : tags == null ? List.<Element>of() : children(tags, "tag")) {
                String value = text(child(tag, "text")).strip();
                if (value.equals(ALL_OR_NOTHING_TAG)) {
                    t.allOrNothing = true;
                } else if (value.startsWith(MoodleXmlWriter.DIFFICULTY_TAG)) {
                    t.difficulty = Difficulty.of(value.substring(MoodleXmlWriter.DIFFICULTY_TAG.length()));
                } else {
                    ConceptId id = concept(value);
                    if (id != null && catalogue.contains(id)) {
                        if (!t.concepts.contains(id)) {
                            t.concepts.add(id);
                        }
                    } else if (!value.isEmpty()) {
                        t.others.add(value);
                    }
                }
            }
            return t;
        }

        private Question choice(Element q, Parts p) {
            List<Element> answers = children(q, "answer");
            boolean single = !"false".equalsIgnoreCase(text(child(q, "single")).strip())
                    && !"0".equals(text(child(q, "single")).strip());
            List<ChoiceOption> options = new ArrayList<>();
            List<Double> fractions = new ArrayList<>();
            for (Element a : answers) {
                double f = fraction(a);
                fractions.add(f);
                options.add(new ChoiceOption(formatted(a), f > 0, optional(formatted(child(a, "feedback")))));
            }
            if (single) {
                for (int i = 0; i < fractions.size(); i++) {
                    double f = fractions.get(i);
                    if (f > 0 && !MoodleFraction.same(f, 100)) {
                        throw new ModelException("a single-answer question giving " + f + "% to '" + options.get(i).text()
                                + "': SecureBase scores single choice right or wrong");
                    }
                    if (f < 0) {
                        notes.add(p.label + ": wrong answers lose marks in Moodle; SecureBase scores single choice right or wrong");
                        break;
                    }
                }
                return new SingleChoice(p.id, p.points, p.concepts, p.difficulty, p.stem, options, p.feedback);
            }
            int k = (int) fractions.stream().filter(f -> f > 0).count();
            if (!p.allOrNothing && !partialShape(fractions, k)) {
                notes.add(p.label + ": Moodle's fractions differ from +100/k for a correct and −100/k for a wrong choice;"
                        + " SecureBase scores it by its partial rule");
            }
            return new MultipleResponse(p.id, p.points, p.concepts, p.difficulty, p.stem, options,
                    p.allOrNothing ? Scoring.ALL_OR_NOTHING : Scoring.PARTIAL, p.feedback);
        }

        private Question trueFalse(Element q, Parts p) {
            List<ChoiceOption> options = new ArrayList<>();
            for (Element a : children(q, "answer")) {
                String word = formatted(a).strip().toLowerCase(Locale.ROOT);
                String shown = word.equals("true") ? "True" : word.equals("false") ? "False" : formatted(a);
                options.add(new ChoiceOption(shown, fraction(a) > 0, optional(formatted(child(a, "feedback")))));
            }
            notes.add(p.label + ": a true/false question became single choice with the options True and False");
            return new SingleChoice(p.id, p.points, p.concepts, p.difficulty, p.stem, options, p.feedback);
        }

        private Question matching(Element q, Parts p) {
            List<MatchPair> pairs = new ArrayList<>();
            List<String> spares = new ArrayList<>();
            for (Element s : children(q, "subquestion")) {
                String left = formatted(s);
                String right = text(child(child(s, "answer"), "text")).strip();
                if (left.isBlank()) {
                    spares.add(right);
                } else {
                    pairs.add(new MatchPair(left, right));
                }
            }
            return new Matching(p.id, p.points, p.concepts, p.difficulty, p.stem, pairs,
                    p.allOrNothing ? Scoring.ALL_OR_NOTHING : Scoring.PARTIAL, p.feedback, spares);
        }

        private Question ordering(Element q, Parts p) {
            List<Element> answers = new ArrayList<>(children(q, "answer"));
            List<Element> byPosition = new ArrayList<>(answers);
            byPosition.sort(Comparator.comparingDouble(a -> position(a, answers.indexOf(a))));
            String grading = text(child(q, "gradingtype")).strip();
            Scoring scoring;
            if ("ALL_OR_NOTHING".equals(grading)) {
                scoring = Scoring.ALL_OR_NOTHING;
            } else {
                scoring = Scoring.PARTIAL;
                if (!"RELATIVE_ALL_PREVIOUS_AND_NEXT".equals(grading)) {
                    notes.add(p.label + ": graded " + (grading.isEmpty() ? "by Moodle's default" : grading)
                            + " in Moodle; SecureBase scores the share of pairs in the right order (RELATIVE_ALL_PREVIOUS_AND_NEXT)");
                }
            }
            String select = text(child(q, "selecttype")).strip();
            if (!select.isEmpty() && !"ALL".equals(select) && !"SELECT_ALL".equals(select) && !"0".equals(select)) {
                notes.add(p.label + ": Moodle showed a subset of the items (" + select + "); SecureBase shows them all");
            }
            List<String> items = byPosition.stream().map(MoodleBankReader::formatted).toList();
            return new Ordering(p.id, p.points, p.concepts, p.difficulty, p.stem, items, scoring, p.feedback);
        }
    }

    /** True when the fractions are those the partial rule writes: +share for each keyed, −share (or 0) for the others. */
    private static boolean partialShape(List<Double> fractions, int k) {
        if (k == 0) {
            return false;
        }
        List<String> keyed = MoodleFraction.keyed(Math.min(k, 20), "");
        double penalty = Double.parseDouble(MoodleFraction.penalty(Math.min(k, 20)));
        int next = 0;
        for (double f : fractions) {
            if (f > 0) {
                if (next >= keyed.size() || !MoodleFraction.same(f, Double.parseDouble(keyed.get(next++)))) {
                    return false;
                }
            } else if (!MoodleFraction.same(f, penalty)) {
                return false;
            }
        }
        return true;
    }

    /** The unrepresentable types, each with why; null for the ones SecureBase holds. */
    private static String unsupported(String type) {
        switch (type) {
            case "multichoice": case "truefalse": case "matching": case "match": case "ordering":
                return null;
            case "multianswer":
                return "cloze (embedded answers) has no SecureBase question type";
            case "numerical": case "calculated": case "calculatedsimple": case "calculatedmulti":
                return "numerical and calculated answers have no SecureBase question type";
            case "essay":
                return "open response (essay) is not supported until open-response questions land";
            case "shortanswer":
                return "typed short answers have no SecureBase question type";
            case "ddwtos": case "gapselect": case "ddimageortext": case "ddmarker":
                return "drag-and-drop and gap-select questions have no SecureBase question type";
            case "random": case "randomsamatch":
                return "a question that draws other questions at random is not content SecureBase can hold";
            default:
                return "the Moodle question type '" + type + "' has no SecureBase equivalent";
        }
    }

    private static boolean hasImage(Element q) {
        NodeList files = q.getElementsByTagName("file");
        if (files.getLength() > 0) {
            return true;
        }
        NodeList texts = q.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            String t = texts.item(i).getTextContent().toLowerCase(Locale.ROOT);
            if (t.contains("<img") || t.contains("@@pluginfile@@")) {
                return true;
            }
        }
        return false;
    }

    private static double fraction(Element answer) {
        String f = answer.getAttribute("fraction");
        return f.isBlank() ? 0 : MoodleFraction.parse(f, "answer");
    }

    private static double position(Element answer, int index) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction").strip());
        } catch (NumberFormatException e) {
            return index + 1;
        }
    }

    private static int points(Element grade) {
        String text = text(grade).strip();
        if (text.isEmpty()) {
            return 1;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ModelException("its default grade '" + text + "' is not a number");
        }
        try {
            int points = value.stripTrailingZeros().intValueExact();
            if (points < 0) {
                throw new ModelException("its default grade " + text + " is negative");
            }
            return points;
        } catch (ArithmeticException e) {
            throw new ModelException("its default grade " + text + " is not a whole number of points");
        }
    }

    private static Optional<QuestionRef> reference(String idnumber) {
        try {
            return idnumber.contains("#") ? Optional.of(QuestionRef.parse(idnumber.strip())) : Optional.empty();
        } catch (ModelException e) {
            return Optional.empty();
        }
    }

    private static ConceptId concept(String value) {
        try {
            return ConceptId.of(value);
        } catch (ModelException e) {
            return null;
        }
    }

    /** The text of a formatted Moodle field (an element with {@code format} and a {@code text} child), as plain text. */
    static String formatted(Element field) {
        return String.join(" ", paragraphs(field));
    }

    private static List<String> paragraphs(Element field) {
        if (field == null) {
            return List.of();
        }
        String raw = text(child(field, "text"));
        String format = field.getAttribute("format");
        if ("html".equals(format) || raw.contains("<")) {
            return Html.paragraphs(raw);
        }
        String folded = raw.replaceAll("\\s+", " ").strip();
        return folded.isEmpty() ? List.of() : List.of(folded);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String nameOf(Element q) {
        String name = text(child(child(q, "name"), "text")).strip();
        return name.isEmpty() ? "(unnamed " + q.getAttribute("type") + ")" : name;
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of a Moodle field: its {@code <text>} child's when it has one, else its own. */
    static String text(Element e) {
        if (e == null) {
            return "";
        }
        Element t = child(e, "text");
        return t != null ? t.getTextContent() : e.getTextContent();
    }

    private static String lastSegment(String path) {
        String[] parts = path.replace("//", "\u0000").split("/");
        String last = parts.length == 0 ? "" : parts[parts.length - 1].replace("\u0000", "/").strip();
        return last.isEmpty() || last.startsWith("$") ? "Imported questions" : last;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "imported" : s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    private static boolean isId(String s) {
        return s != null && s.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    }

    /** The common parts of a question being imported. */
    private record Parts(String id, int points, List<ConceptId> concepts, Difficulty difficulty, String stem,
                         String feedback, boolean allOrNothing, String label) {
    }

    /** What a question's tags say. */
    private static final class Tags {
        final List<ConceptId> concepts = new ArrayList<>();
        final List<String> others = new ArrayList<>();
        Difficulty difficulty;
        boolean allOrNothing;
    }
}
