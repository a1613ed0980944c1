package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.variant.Variant;
import org.securebase.usecase.StoreQuiz;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quiz build} draws a quiz from a blueprint and stores it frozen; {@code quiz preview}
 * shows a quiz as one trainee or one printed handout sees it.
 *
 * @since 0.1
 */
@Command(name = "quiz", mixinStandardHelpOptions = true, description = "Build and preview quizzes.",
        subcommands = {QuizCommand.Build.class, QuizCommand.Preview.class})
public final class QuizCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand, show the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Draws a quiz from a blueprint and a seed and stores it frozen in the result database.
     *
     * @since 0.1
     */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Draw a quiz from a blueprint and store it in the result database; prints its id.")
    public static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BLUEPRINT", description = "A blueprint id in the library, or a blueprint .xml file.")
        String blueprint;

        @Option(names = "--seed", paramLabel = "N", description = "The seed of the draw (default: "
                + Session.DEFAULT_SEED + "). The same blueprint, library and seed give the same quiz.")
        long seed = Session.DEFAULT_SEED;

        @Override
        public Integer call() {
            GlobalOptions root = GlobalOptions.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            Quiz quiz = Session.build(root, spec.commandLine().getErr(), blueprint, seed);
            new StoreQuiz(root.workspace(), root.clock()).freeze(quiz);
            out.println("quiz " + quiz.id());
            out.println("fingerprint " + quiz.fingerprint());
            out.println("blueprint " + quiz.blueprintId() + " version " + quiz.blueprintVersion() + ", seed " + quiz.seed());
            var s = quiz.settings();
            out.println("title " + s.title());
            out.println("pass " + s.passPercent() + " %, " + (s.timeLimitMinutes() == null ? "no time limit"
                    : "time limit " + s.timeLimitMinutes() + " min") + ", " + s.maxAttempts() + " attempt(s), "
                    + s.attemptPolicy().xmlName() + " counts; " + quiz.refs().size() + " questions, "
                    + quiz.maxPoints() + " points");
            for (QuizSection section : quiz.sections()) {
                out.println("section " + section.id() + ": " + section.title() + " (" + section.refs().size()
                        + (section.refs().size() == 1 ? " question)" : " questions)"));
                for (QuestionRef r : section.refs()) {
                    out.println("  " + r);
                }
            }
            out.println("stored in " + root.workspace().describe());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * Shows a quiz as a trainee's variant or a handout's variant presents it.
     *
     * @since 0.1
     */
    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Show a quiz as a trainee or a printed handout sees it (the key only with --with-key).")
    public static final class Preview implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "QUIZ-OR-BLUEPRINT",
                description = "A quiz id in the result database, or a blueprint id or .xml file (drawn with --seed, not stored).")
        String quizOrBlueprint;

        @Option(names = "--seed", paramLabel = "N", description = "The seed when drawing from a blueprint (default: "
                + Session.DEFAULT_SEED + ").")
        long seed = Session.DEFAULT_SEED;

        @ArgGroup(exclusive = true)
        Whose whose;

        @Option(names = "--with-key", description = "Show the key under each question, in the variant's letters (for instructors).")
        boolean withKey;

        /** Whose variant to show. */
        static final class Whose {
            @Option(names = "--trainee", paramLabel = "ID", description = "The variant this trainee sees.")
            String trainee;

            @Option(names = "--variant", paramLabel = "N", description = "The variant of printed handout N (default: 1).")
            Integer handout;
        }

        @Override
        public Integer call() {
            GlobalOptions root = GlobalOptions.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            Quiz quiz;
            AnswerKey key;
            var stored = new StoreQuiz(root.workspace(), root.clock()).find(quizOrBlueprint);
            if (stored.isPresent()) {
                quiz = stored.get().quiz();
                key = stored.get().key();
            } else {
                quiz = Session.build(root, spec.commandLine().getErr(), quizOrBlueprint, seed);
                key = AnswerKey.of(quiz);
            }
            Variant variant;
            if (whose != null && whose.trainee != null) {
                variant = Variant.forTrainee(quiz, whose.trainee);
            } else {
                int n = whose == null || whose.handout == null ? 1 : whose.handout;
                if (n < 1) {
                    throw new UserError("--variant must be a handout number ≥ 1, was " + n);
                }
                variant = Variant.forHandout(quiz, n);
            }
            DeliveredQuiz delivered = DeliveredQuiz.of(quiz, variant);
            Screens.front(out, delivered);
            int total = quiz.refs().size();
            for (DeliveredQuiz.Section section : delivered.sections()) {
                out.println("### " + section.title());
                out.println();
                for (DeliveredQuiz.Block block : section.blocks()) {
                    Screens.caseOf(out, block.vignette());
                    for (DeliveredQuestion q : block.questions()) {
                        Screens.question(out, q, total);
                        if (withKey) {
                            out.println("  Key: " + (key.isVoided(q.ref()) ? "voided"
                                    : Notation.write(key.key(q.ref()), q.ref(), variant)) + "   (" + q.ref() + ")");
                        }
                        out.println();
                    }
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
