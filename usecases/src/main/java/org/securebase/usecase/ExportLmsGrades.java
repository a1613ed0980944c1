package org.securebase.usecase;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securebase.export.lms.CanvasGradebook;
import org.securebase.export.lms.LmsFileException;
import org.securebase.export.lms.Matches;
import org.securebase.export.lms.MoodleGrades;
import org.securebase.export.lms.TraineeScore;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RegisteredTrainee;

/**
 * Sends the counted score of each trainee of a quiz, in points, to an LMS gradebook: into a
 * Canvas gradebook export (one assignment column added or updated) or as a Moodle grade import
 * CSV (docs/interchange.md). Who could not be matched, or matched more than one student, is
 * listed and left out: nothing is guessed.
 *
 * @since 0.3
 */
public final class ExportLmsGrades {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store, which must exist
     * @param clock the clock of the results
     */
    public ExportLmsGrades(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to send where.
     *
     * @param quizId the quiz, or null for the only one in the store
     * @param assignment the LMS grade column, or null for the quiz title
     * @param canvasExport the Canvas gradebook export to add to, or null for a Moodle import file
     * @param out the CSV to write
     * @param force whether an existing file may be replaced
     */
    public record Request(String quizId, String assignment, Path canvasExport, Path out, boolean force) {
        /** Checks that the output is a CSV. */
        public Request {
            Checks.present(out, "output file");
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new Refusal("an LMS grade file is CSV: give --out a name ending in .csv, was " + out);
            }
        }
    }

    /**
     * What was written.
     *
     * @param file the CSV written
     * @param column the grade column's title
     * @param trainees how many trainees have a counted score
     * @param matched how many of them were matched (all of them for Moodle, which matches on import)
     * @param students students in the Canvas export; 0 for Moodle
     * @param unmatched trainees no student matched
     * @param ambiguous trainees several students matched, left out
     * @param awaitingGrading trainees whose counted attempt awaits grading, left out: an LMS would
     *     read a provisional score as final
     */
    public record Written(Path file, String column, int trainees, int matched, int students, List<String> unmatched,
                          List<String> ambiguous, List<String> awaitingGrading) {
        /** Copies the lists. */
        public Written {
            unmatched = List.copyOf(unmatched);
            ambiguous = List.copyOf(ambiguous);
            awaitingGrading = List.copyOf(awaitingGrading);
        }
    }

    /**
     * Writes the grade file.
     *
     * @param request what to send where
     * @return what was written
     * @throws IOException when a file cannot be read or written
     */
    public Written export(Request request) throws IOException {
        CanvasGradebook gradebook = request.canvasExport() == null ? null : readCanvas(request.canvasExport());
        List<TraineeScore> scores = new ArrayList<>();
        List<String> awaiting = new ArrayList<>();
        String title;
        String possible;
        try (ResultStore store = workspace.openExisting()) {
            QuizResults results = new QuizResults(store);
            String id = Workspace.pickQuiz(store, request.quizId(), null);
            Quiz quiz = new FrozenQuizzes(store).require(id);
            title = request.assignment() == null ? quiz.settings().title() : request.assignment();
            possible = String.valueOf(quiz.maxPoints());
            Map<String, RegisteredTrainee> trainees = new HashMap<>();
            store.trainees().forEach(t -> trainees.put(t.id(), t));
            for (ScoredAttempt a : results.counted(id)) {
                String traineeId = a.header().traineeId();
                if (a.report().awaitingGrading()) {
                    awaiting.add(traineeId);
                    continue;
                }
                RegisteredTrainee t = trainees.get(traineeId);
                scores.add(new TraineeScore(traineeId, t == null ? traineeId : t.name(), t == null ? null : t.email(),
                        BigDecimal.valueOf(a.report().earned())));
            }
            if (scores.isEmpty()) {
                throw new Refusal("quiz " + id + (awaiting.isEmpty() ? " has no submitted attempts yet"
                        : " has no graded attempts yet (" + awaiting.size() + " await grading)") + "; there are no grades to send");
            }
        }
        if (gradebook == null) {
            byte[] bytes = MoodleGrades.write(title, scores);
            Path written = OutputFiles.writeFile(request.out(), request.force(), p -> Files.write(p, bytes));
            return new Written(written, title, scores.size(), scores.size(), 0, List.of(), List.of(),
                    awaiting);
        }
        Matches m = gradebook.match(scores);
        byte[] bytes = gradebook.write(title, possible, scores, m);
        Path written = OutputFiles.writeFile(request.out(), request.force(), p -> Files.write(p, bytes));
        return new Written(written, gradebook.columnTitleFor(title), scores.size(), m.matched().size(), gradebook.students(),
                m.unmatched().stream().map(Object::toString).toList(), m.ambiguous().stream().map(Object::toString).toList(),
                awaiting);
    }

    private static CanvasGradebook readCanvas(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Refusal("no such file: " + file);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(file + " is not UTF-8 text; export the gradebook from Canvas again", e);
        }
        try {
            return CanvasGradebook.read(text);
        } catch (LmsFileException e) {
            throw new Refusal(file + ": " + e.getMessage(), e);
        }
    }
}
