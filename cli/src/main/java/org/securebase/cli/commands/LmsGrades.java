package org.securebase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.securebase.cli.io.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.lms.CanvasGradebook;
import org.securebase.export.lms.LmsFileException;
import org.securebase.export.lms.Matches;
import org.securebase.export.lms.MoodleGrades;
import org.securebase.export.lms.TraineeScore;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.Trainee;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code gradebook --canvas} and {@code --moodle}: the counted score of each trainee of a quiz,
 * in points, into a Canvas gradebook export or a Moodle grade import CSV (docs/interchange.md).
 * Who could not be matched, or matched more than one student, is listed and left out.
 *
 * @since 0.2
 */
final class LmsGrades {
    private final CommandSpec spec;
    private final String quizId;
    private final String assignment;
    private final Path out;
    private final boolean force;

    LmsGrades(CommandSpec spec, String quizId, String assignment, Path out, boolean force) {
        this.spec = spec;
        this.quizId = quizId;
        this.assignment = assignment;
        this.out = out;
        this.force = force;
    }

    int write(Path canvas, boolean moodle) throws IOException {
        if (canvas != null && moodle) {
            throw new ParameterException(spec.commandLine(), "give --canvas FILE or --moodle, not both");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new UserError("an LMS grade file is CSV: give --out a name ending in .csv, was " + out);
        }
        CanvasGradebook gradebook = canvas == null ? null : readCanvas(canvas);
        List<TraineeScore> scores = new ArrayList<>();
        String title;
        String possible;
        try (ResultStore store = Workspace.of(GlobalOptions.of(spec)).openExisting()) {
            Results results = new Results(store, Session.clock());
            String id = Workspace.pickQuiz(store, quizId, null);
            Quiz quiz = results.requireQuiz(id);
            title = assignment == null ? quiz.settings().title() : assignment;
            possible = String.valueOf(quiz.maxPoints());
            Map<String, Trainee> trainees = new HashMap<>();
            store.trainees().forEach(t -> trainees.put(t.id(), t));
            for (ScoredAttempt a : results.counted(id)) {
                String traineeId = a.header().traineeId();
                Trainee t = trainees.get(traineeId);
                scores.add(new TraineeScore(traineeId, t == null ? traineeId : t.name(), t == null ? null : t.email(),
                        BigDecimal.valueOf(a.report().earned())));
            }
            if (scores.isEmpty()) {
                throw new UserError("quiz " + id + " has no submitted attempts yet; there are no grades to send");
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        byte[] bytes;
        if (gradebook != null) {
            Matches m = gradebook.match(scores);
            bytes = gradebook.write(title, possible, scores, m);
            m.unmatched().forEach(u -> o.println("  not matched: " + u));
            m.ambiguous().forEach(u -> o.println("  ambiguous, left out: " + u));
            Path written = OutputFiles.writeFile(out, force, p -> Files.write(p, bytes));
            o.println("wrote " + written + ": column '" + gradebook.columnTitleFor(title) + "' for " + m.matched().size() + " of "
                    + scores.size() + " trainees (" + gradebook.students() + " students in the export); "
                    + m.unmatched().size() + " not matched, " + m.ambiguous().size() + " ambiguous");
        } else {
            bytes = MoodleGrades.write(title, scores);
            Path written = OutputFiles.writeFile(out, force, p -> Files.write(p, bytes));
            o.println("wrote " + written + ": '" + title + "' for " + scores.size() + " trainees; in Moodle map 'ID number'"
                    + " to the user's ID number (or 'Email address' to the e-mail address) and '" + title + "' to a grade item");
        }
        o.flush();
        return ExitCodes.OK;
    }

    private static CanvasGradebook readCanvas(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(file + " is not UTF-8 text; export the gradebook from Canvas again", e);
        }
        try {
            return CanvasGradebook.read(text);
        } catch (LmsFileException e) {
            throw new UserError(file + ": " + e.getMessage(), e);
        }
    }
}
