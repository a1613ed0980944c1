package org.securebase.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.Paragraphs;
import org.securebase.model.question.Question;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.TraineeFeedback;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.usecase.DeliverAttempt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The interactive quiz in the terminal: the instructions, each case and its questions, answers
 * by letter, moving back and forth, review and submission, then the score and feedback. Every
 * answer is stored the moment it is given, so an interruption loses nothing and running the
 * command again resumes at the first unanswered question (docs/delivery.md).
 *
 * @since 0.1
 */
@Command(name = "take", mixinStandardHelpOptions = true,
        description = "Take a quiz in the terminal; answers are saved as you go, and running it again resumes.",
        footer = {"", "While answering: a letter (B), several (A C or 1,3), an order (C A B D), matches (1=B 2=A or 1B 2A);",
                "back, next, goto N, review, clear, submit, help."})
public final class TakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BLUEPRINT", description = "A blueprint id in the library, or a blueprint .xml file.")
    String blueprint;

    @Option(names = "--trainee", required = true, paramLabel = "ID", description = "Your trainee id (student number, badge code).")
    String traineeId;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Your name, as reports and certificates print it.")
    String name;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the quiz (default: " + Session.DEFAULT_SEED
            + "); everyone taking the same quiz uses the same seed.")
    long seed = Session.DEFAULT_SEED;

    @Override
    public Integer call() throws IOException {
        GlobalOptions root = GlobalOptions.of(spec);
        Quiz quiz = Session.build(root, spec.commandLine().getErr(), blueprint, seed);
        BufferedReader in = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8));
        try (DeliverAttempt delivery = DeliverAttempt.open(root.workspace(), root.clock())) {
            Sitting sitting = delivery.sit(new DeliverAttempt.Seat(quiz, traineeId, name));
            return new Desk(delivery, sitting, in, spec.commandLine().getOut()).run();
        }
    }

    /** One sitting at the terminal: what is shown, where the trainee is, what they typed. */
    private static final class Desk {
        private final DeliverAttempt results;
        private final BufferedReader in;
        private final PrintWriter out;
        private final DeliveredQuiz delivered;
        private final List<DeliveredQuestion> questions;
        private Sitting sitting;
        private int index;
        private String caseShown;

        Desk(DeliverAttempt results, Sitting sitting, BufferedReader in, PrintWriter out) {
            this.results = results;
            this.sitting = sitting;
            this.in = in;
            this.out = out;
            this.delivered = sitting.delivered();
            this.questions = delivered.sections().stream().flatMap(s -> s.blocks().stream())
                    .flatMap(b -> b.questions().stream()).toList();
        }

        int run() throws IOException {
            Screens.front(out, delivered);
            int number = sitting.attempt().header().number();
            if (sitting.resumed()) {
                out.println("Resuming attempt " + number + ": " + answered() + " of " + questions.size()
                        + " answered; your answers were saved.");
                index = sitting.firstUnanswered().map(r -> sitting.order().indexOf(r)).orElse(questions.size());
            } else {
                out.println("Attempt " + number + " of " + sitting.quiz().settings().maxAttempts() + " allowed. "
                        + questions.size() + " questions. Every answer is saved as you give it.");
            }
            out.println("Type an answer, or: back, next, goto N, review, clear, submit, help.");
            out.println();
            boolean show = true;
            while (true) {
                if (timeUp()) {
                    return submit(true);
                }
                if (show) {
                    show();
                }
                show = true;
                out.print(prompt());
                out.flush();
                String line = in.readLine();
                if (line == null) {
                    return interrupted();
                }
                String text = line.strip();
                String word = text.toLowerCase(Locale.ROOT);
                if (word.isEmpty()) {
                    out.println("  Type an answer, or: back, next, goto N, review, clear, submit, help.");
                    show = false;
                } else if (word.equals("back")) {
                    index = Math.max(0, index - 1);
                } else if (word.equals("next")) {
                    index = Math.min(questions.size(), index + 1);
                } else if (word.equals("goto") || word.startsWith("goto ")) {
                    show = go(word.substring("goto".length()).strip());
                } else if (word.equals("review")) {
                    review();
                    show = false;
                } else if (word.equals("help") || word.equals("?")) {
                    help();
                    show = false;
                } else if (word.equals("submit")) {
                    Optional<Boolean> sure = confirm();
                    if (sure.isEmpty()) {
                        return interrupted();
                    }
                    if (sure.get()) {
                        return submit(false);
                    }
                } else if (word.equals("clear")) {
                    if (index < questions.size()) {
                        sitting = results.clear(sitting, questions.get(index).ref());
                        out.println("  cleared; saved.");
                    }
                    show = false;
                } else if (index >= questions.size()) {
                    out.println("  There is no question here: type back, goto N, review or submit.");
                    show = false;
                } else if (questions.get(index).writing().isPresent()) {
                    Optional<String> written = written(line);
                    if (written.isEmpty()) {
                        return interrupted();
                    }
                    show = answer(written.get());
                } else {
                    show = answer(text);
                }
            }
        }

        /**
         * An open answer: the first line, then every line up to one holding only {@value #END}, kept
         * as typed and joined with line breaks. Empty when the input ends first (nothing is saved).
         */
        private Optional<String> written(String first) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = first;
            while (!line.strip().equals(END)) {
                lines.add(line);
                out.print("  ... ");
                out.flush();
                line = in.readLine();
                if (line == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(String.join("\n", lines));
        }

        private void show() {
            if (index >= questions.size()) {
                out.println("End of the quiz: " + answered() + " of " + questions.size()
                        + " answered. Type submit, review, back or goto N.");
                return;
            }
            DeliveredQuestion q = questions.get(index);
            DeliveredQuiz.Block block = delivered.sections().stream().flatMap(s -> s.blocks().stream())
                    .filter(b -> b.questions().contains(q)).findFirst().orElseThrow();
            if (!block.vignette().id().equals(caseShown)) {
                Screens.caseOf(out, block.vignette());
                caseShown = block.vignette().id();
            }
            Screens.question(out, q, questions.size());
            sitting.answerTo(q.ref()).ifPresent(a ->
                    out.println("  Your answer: " + Notation.write(a, q.ref(), sitting.variant())));
        }

        private String prompt() {
            String time = sitting.remaining(now()).map(d -> "[" + Screens.clock(d) + " left] ").orElse("");
            String where = index < questions.size() ? "Q" + (index + 1) + "/" + questions.size() : "end";
            return time + where + "> ";
        }

        /** The line that ends an open answer. */
        static final String END = ".";

        private boolean answer(String text) {
            DeliveredQuestion q = questions.get(index);
            Question question = sitting.quiz().question(q.ref()).question();
            Answer answer;
            try {
                answer = Notation.read(text, question, q.ref(), sitting.variant());
            } catch (InvalidAnswerException e) {
                out.println("  Not an answer: " + e.getMessage() + ". Or type help.");
                return false;
            }
            sitting = results.answer(sitting, q.ref(), answer);
            if (sitting.answerTo(q.ref()).map(answer::equals).orElse(false)) {
                out.println("  saved: " + Notation.write(answer, q.ref(), sitting.variant()));
            } else {
                out.println("  The time is up: this answer came too late and does not count.");
            }
            out.println();
            index++;
            return true;
        }

        private boolean go(String n) {
            try {
                int to = Integer.parseInt(n);
                if (to >= 1 && to <= questions.size()) {
                    index = to - 1;
                    return true;
                }
            } catch (NumberFormatException e) {
                // falls through to the hint
            }
            out.println("  goto needs a question number from 1 to " + questions.size() + ", e.g. goto 3");
            return false;
        }

        private void review() {
            for (InProgressAttempt.ReviewLine l : sitting.attempt().review()) {
                Optional<Answer> a = sitting.answerTo(l.ref());
                out.println(String.format("  %2d  %s", l.number(), a.map(x -> "answered: " + Notation.write(x, l.ref(),
                        sitting.variant())).orElse("-- not answered")) + (l.lateResponse() ? "  (a late answer was not counted)" : ""));
            }
            out.println("  " + answered() + " of " + questions.size() + " answered.");
        }

        private void help() {
            out.println("  Answer with letters as shown: one letter (B) or its number (2); several for \"select all\""
                    + " (A C or 1,3);");
            out.println("  an order first to last (C A B D); matches as number=letter (1=B 2=A 3=C or 1B 2A 3C);");
            out.println("  a written answer over as many lines as you need, ended by a line holding only a full stop (.).");
            out.println("  back / next: move one question; goto N: jump to question N; review: list answered and"
                    + " unanswered;");
            out.println("  clear: remove this answer; submit: finish and see your score. Every answer is saved at once:");
            out.println("  if you stop (Ctrl-C), run the same command again to resume.");
        }

        private Optional<Boolean> confirm() throws IOException {
            long open = questions.size() - answered();
            out.print("  " + (open == 0 ? "All questions answered." : open + " question(s) not answered.")
                    + " Submit now? You cannot change answers afterwards. (yes/no) ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return Optional.empty();
            }
            boolean yes = line.strip().equalsIgnoreCase("yes") || line.strip().equalsIgnoreCase("y");
            if (!yes) {
                out.println("  Not submitted.");
            }
            return Optional.of(yes);
        }

        private boolean timeUp() {
            if (!sitting.expired(now())) {
                return false;
            }
            out.println();
            out.println("The time is up (" + delivered.timeLimitMinutes() + " minutes). Your answers given in time are"
                    + " submitted.");
            return true;
        }

        private int interrupted() {
            out.println();
            out.println("Stopped before submitting: your " + answered() + " answer(s) are saved. Run the same command"
                    + " again to resume.");
            out.flush();
            return ExitCodes.OK;
        }

        private int submit(boolean late) {
            ScoredAttempt scored = results.submit(sitting);
            ScoreReport report = scored.report();
            out.println();
            out.println(String.format(Locale.ROOT, "Submitted. Score: %s of %d points (%.1f %%): %s (pass mark %d %%)",
                    Screens.points(report.earned()), report.possible(), report.percent(),
                    report.awaitingGrading() ? "AWAITING GRADING" : report.passed() ? "PASS" : "NOT PASSED",
                    report.passPercent()));
            if (report.awaitingGrading()) {
                out.println("Your written answers are graded by a person: the score is provisional, neither pass nor"
                        + " fail, until they are.");
            }
            if (late || scored.submission().submittedLate()) {
                out.println("Submitted after the time limit: only answers given in time count.");
            }
            List<TraineeFeedback> feedback = TraineeFeedback.of(scored);
            for (TraineeFeedback f : feedback) {
                if (report.missedMustPass().contains(f.ref())) {
                    out.print(Paragraphs.indented("Not passed whatever the total: question " + f.number()
                            + " must be passed with full marks and was not (" + f.stem() + ")", 0, Screens.WIDTH));
                }
            }
            out.println();
            out.println("Feedback");
            for (TraineeFeedback f : feedback) {
                boolean awaiting = report.question(f.ref()).orElseThrow().awaitingGrading() && !f.voided();
                String mark = f.voided() ? "voided" : awaiting ? "awaiting grading, of " + f.possible()
                        : Screens.points(f.earned()) + "/" + f.possible();
                out.print(Paragraphs.indented(f.number() + ". [" + mark + "] " + (f.fullMarks() ? "right: " : "")
                        + f.stem(), 0, Screens.WIDTH));
                out.print(Paragraphs.indented("Your answer: " + (f.chosen().isEmpty() ? "none" : String.join(" | ", f.chosen())),
                        4, Screens.WIDTH));
                if (awaiting) {
                    if (!f.key().isEmpty()) {
                        out.print(Paragraphs.indented("Model answer: " + String.join(" | ", f.key()), 4, Screens.WIDTH));
                    }
                } else if (!f.fullMarks()) {
                    out.print(Paragraphs.indented("Correct: " + String.join(" | ", f.key()), 4, Screens.WIDTH));
                }
                f.optionFeedback().forEach(n -> out.print(Paragraphs.indented(n, 4, Screens.WIDTH)));
                if (f.generalFeedback() != null) {
                    out.print(Paragraphs.indented(f.generalFeedback(), 4, Screens.WIDTH));
                }
            }
            out.flush();
            return ExitCodes.OK;
        }

        private long answered() {
            return sitting.order().stream().filter(r -> sitting.answerTo(r).isPresent()).count();
        }

        private Instant now() {
            return results.now();
        }
    }

}
