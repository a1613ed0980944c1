package org.securebase.model.vignette;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;

/**
 * A case vignette with its questions: the unit an instructor writes in one XML file.
 *
 * @param id unique within a library
 * @param version the author's revision number, at least 1
 * @param format individual, couple or family
 * @param modality a {@code modality.*} concept id
 * @param difficulty the default difficulty of its questions
 * @param minutes suggested time, or null
 * @param language a language tag, {@code en} by default
 * @param title the case title
 * @param authors at least one
 * @param license e.g. {@code CC-BY-4.0}, or null
 * @param objectives learning objectives, possibly none
 * @param clients at least one, ids distinct
 * @param background at least one paragraph
 * @param transcript session turns, possibly none
 * @param annotations expert notes on the transcript
 * @param questions at least one, ids distinct
 * @param contentNotes the difficult material the case holds (suicidal thoughts, intimate-partner
 *                     violence, …), shown to trainees before the case; possibly none, distinct
 * @param series its place in a case series, or null when it stands alone
 * @since 0.1
 */
public record Vignette(String id, int version, Format format, ConceptId modality, Difficulty difficulty,
                       Integer minutes, String language, String title, List<String> authors, String license,
                       List<Objective> objectives, List<Client> clients, List<String> background,
                       List<Turn> transcript, List<Annotation> annotations, List<Question> questions,
                       List<String> contentNotes, Series series) {

    /** A vignette in no series. */
    public Vignette(String id, int version, Format format, ConceptId modality, Difficulty difficulty,
                    Integer minutes, String language, String title, List<String> authors, String license,
                    List<Objective> objectives, List<Client> clients, List<String> background,
                    List<Turn> transcript, List<Annotation> annotations, List<Question> questions,
                    List<String> contentNotes) {
        this(id, version, format, modality, difficulty, minutes, language, title, authors, license, objectives, clients,
                background, transcript, annotations, questions, contentNotes, null);
    }

    /** A vignette with no content note, in no series. */
    public Vignette(String id, int version, Format format, ConceptId modality, Difficulty difficulty,
                    Integer minutes, String language, String title, List<String> authors, String license,
                    List<Objective> objectives, List<Client> clients, List<String> background,
                    List<Turn> transcript, List<Annotation> annotations, List<Question> questions) {
        this(id, version, format, modality, difficulty, minutes, language, title, authors, license, objectives, clients,
                background, transcript, annotations, questions, List.of(), null);
    }

    /** Rejects what cannot be right, naming the vignette and the offending value. */
    public Vignette {
        Checks.id(id, "vignette id");
        String where = "vignette " + id;
        if (version < 1) {
            throw new ModelException("version of " + where + " must be ≥ 1, was " + version);
        }
        Checks.present(format, "format of " + where);
        Checks.present(modality, "modality of " + where);
        if (ConceptGroup.of(modality) != ConceptGroup.MODALITY) {
            throw new ModelException("modality of " + where + " must be a modality.* concept, was '" + modality + "'");
        }
        Checks.present(difficulty, "difficulty of " + where);
        if (minutes != null && minutes < 1) {
            throw new ModelException("minutes of " + where + " must be ≥ 1, was " + minutes);
        }
        language = language == null || language.isBlank() ? "en" : language.strip();
        title = Checks.text(title, "title of " + where);
        authors = Checks.nonEmpty(authors, "authors of " + where).stream()
                .map(a -> Checks.text(a, "an author of " + id)).toList();
        license = Checks.optionalText(license);
        objectives = Checks.list(objectives, "objectives of " + where);
        clients = Checks.nonEmpty(clients, "clients of " + where);
        background = Checks.nonEmpty(background, "background of " + where).stream()
                .map(p -> Checks.text(p, "a background paragraph of " + id)).toList();
        transcript = Checks.list(transcript, "transcript of " + where);
        annotations = Checks.list(annotations, "annotations of " + where);
        questions = Checks.nonEmpty(questions, "questions of " + where);
        contentNotes = contentNotes == null ? List.of() : Checks.list(contentNotes, "content notes of " + where).stream()
                .map(n -> Checks.text(n, "a content note of " + id)).toList();
        String dupNote = Checks.firstDuplicate(contentNotes);
        if (dupNote != null) {
            throw new ModelException(where + " gives the content note '" + dupNote + "' twice");
        }

        String dupClient = Checks.firstDuplicate(clients.stream().map(Client::id).toList());
        if (dupClient != null) {
            throw new ModelException(where + " declares client '" + dupClient + "' twice");
        }
        Set<String> speakers = clients.stream().map(Client::id).collect(Collectors.toCollection(HashSet::new));
        for (int i = 0; i < transcript.size(); i++) {
            Turn t = transcript.get(i);
            if (!t.byTherapist() && !speakers.contains(t.speaker())) {
                throw new ModelException("turn " + (i + 1) + " of " + where + " is spoken by '" + t.speaker()
                        + "', who is neither a declared client nor the therapist");
            }
        }
        for (Annotation a : annotations) {
            for (int turn : a.turns()) {
                if (turn > transcript.size()) {
                    throw new ModelException("a note of " + where + " refers to turn " + turn
                            + ", but the transcript has " + transcript.size() + " turns");
                }
            }
        }
        String dupQuestion = Checks.firstDuplicate(questions.stream().map(Question::id).toList());
        if (dupQuestion != null) {
            throw new ModelException(where + " has two questions with the id '" + dupQuestion + "'");
        }
    }

    /** Its place in a case series, if it has one. */
    public Optional<Series> inSeries() {
        return Optional.ofNullable(series);
    }

    /** The same vignette holding only these questions (e.g. those a quiz drew), in authored order. */
    public Vignette withQuestions(List<Question> kept) {
        return new Vignette(id, version, format, modality, difficulty, minutes, language, title, authors, license,
                objectives, clients, background, transcript, annotations, kept, contentNotes, series);
    }

    /** The same vignette in this series place (null for none). */
    public Vignette withSeries(Series place) {
        return new Vignette(id, version, format, modality, difficulty, minutes, language, title, authors, license,
                objectives, clients, background, transcript, annotations, questions, contentNotes, place);
    }

    /** The question with this id. */
    public Optional<Question> question(String questionId) {
        // A loop, not a stream: quizzes look their questions up for every attempt they score or show.
        for (Question q : questions) {
            if (q.id().equals(questionId)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The reference of one of this vignette's questions. */
    public QuestionRef refOf(Question question) {
        return new QuestionRef(id, question.id());
    }

    /** The difficulty that applies to a question: its own, else the vignette's. */
    public Difficulty difficultyOf(Question question) {
        return question.difficulty().orElse(difficulty);
    }

    /** The client with this id. */
    public Optional<Client> client(String clientId) {
        return clients.stream().filter(c -> c.id().equals(clientId)).findFirst();
    }
}
