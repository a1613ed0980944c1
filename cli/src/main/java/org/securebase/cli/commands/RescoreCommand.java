package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.model.DomainException;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.rekey.AuditRecord;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.rekey.ScoreChange;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.variant.Letters;
import org.securebase.usecase.RescoreQuiz;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Voids a question or gives it a new key after delivery, rescores every submitted attempt and
 * prints whose score and pass/fail changed; the change is kept in the audit records.
 *
 * @since 0.1
 */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = "Void a question or change its key, rescore every attempt and show whose result changed.",
        footer = {"", "A key is written in the letters of the vignette file as authored (A = first option or item as written):",
                "  --key 'v#q1=B'   --key 'v#q2=A C'   --key 'v#q3=B A C D'   --key 'v#q4=1=B 2=A 3=C'",
                "or in the engine's form: --key 'v#q1=choice 2', 'order 2 1 3 4', 'match 1=2 2=1 3=3'."})
public final class RescoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUIZ-ID", description = "A quiz in the result database.")
    String quizId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept in the audit record.")
    String reason;

    /** Void or re-key. */
    static final class Change {
        @Option(names = "--void", paramLabel = "REF", description = "The question to void (vignette-id#question-id).")
        String voided;

        @Option(names = "--key", paramLabel = "REF=ANSWER", description = "The question and its new key.")
        String rekey;
    }

    @Override
    public Integer call() {
        AuditRecord audit = new RescoreQuiz(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock())
                .rescore(quizId, this::keyChange);
        PrintWriter out = spec.commandLine().getOut();
        out.println(audit.change() + "; reason: " + audit.reason());
        if (audit.scores().isEmpty()) {
            out.println("no attempt's score changed");
        } else {
            out.printf("%-8s %-20s %-26s    %-26s%n", "ATTEMPT", "TRAINEE", "BEFORE", "AFTER");
            for (ScoreChange c : audit.scores()) {
                out.printf(Locale.ROOT, "%-8s %-20s %-26s -> %-26s%s%n", c.attemptId(), c.traineeId(),
                        score(c.oldEarned(), c.oldPossible(), c.oldPercent(), c.oldPassed(), c.awaitingGrading()),
                        score(c.newEarned(), c.newPossible(), c.newPercent(), c.newPassed(), c.awaitingGrading()),
                        c.passFailChanged() ? "  pass/fail changed" : "");
            }
        }
        out.println(audit.scores().size() + " attempt(s) changed score; " + audit.passFailChanged().size()
                + " changed pass/fail");
        out.flush();
        return ExitCodes.OK;
    }

    /** The key change the options ask for, read against the stored quiz. */
    private KeyChange keyChange(Quiz quiz) {
        KeyChange keyChange;
        if (change.voided != null) {
            keyChange = new KeyChange.Voiding(ref(quiz, change.voided), reason);
        } else {
            int eq = change.rekey.indexOf('=');
            if (eq < 0) {
                throw new UserError("--key needs REF=ANSWER, e.g. --key 'couple-01#q2=B'; was '" + change.rekey + "'");
            }
            QuestionRef ref = ref(quiz, change.rekey.substring(0, eq));
            keyChange = new KeyChange.Rekeying(ref, key(quiz.question(ref).question(), change.rekey.substring(eq + 1)),
                    reason);
        }
        return keyChange;
    }

    private static String score(double earned, int possible, double percent, boolean passed, boolean awaiting) {
        return String.format(Locale.ROOT, "%s/%d (%.1f %%) %s", Screens.points(earned), possible, percent,
                awaiting ? "pending" : passed ? "pass" : "fail");
    }

    private static QuestionRef ref(Quiz quiz, String text) {
        QuestionRef ref;
        try {
            ref = QuestionRef.parse(text.strip());
        } catch (DomainException e) {
            throw new UserError("'" + text + "' is not a question reference (vignette-id#question-id)", e);
        }
        if (!quiz.asks(ref)) {
            throw new UserError("quiz " + quiz.id() + " does not ask " + ref);
        }
        return ref;
    }

    /** A key from the engine's text form, or from letters of the options or items as written. */
    static Key key(Question q, String text) {
        String t = text.strip();
        String first = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("choice") || first.equals("order") || first.equals("match")) {
            return Key.parse(t);
        }
        try {
            return q.accept(new QuestionVisitor<Key>() {
                @Override
                public Key singleChoice(SingleChoice s) {
                    return new Key.Choice(letterPositions(t));
                }

                @Override
                public Key multipleResponse(MultipleResponse m) {
                    return new Key.Choice(letterPositions(t));
                }

                @Override
                public Key ordering(Ordering o) {
                    return new Key.Order(letterPositions(t));
                }

                @Override
                public Key matching(Matching m) {
                    Map<Integer, Integer> pairs = new TreeMap<>();
                    for (String pair : t.split("[\\s,]+")) {
                        String[] lr = pair.split("=", 2);
                        if (lr.length != 2) {
                            throw new UserError("a matching key is number=letter pairs, e.g. 1=B 2=A 3=C; was '" + t + "'");
                        }
                        pairs.put(Integer.parseInt(lr[0].strip()), Letters.place(lr[1]));
                    }
                    return new Key.Match(pairs);
                }

                @Override
                public Key openResponse(OpenResponse o) {
                    throw new UserError("question " + o.id() + " is an open response: it has no key to change; its marks come"
                            + " from grading (securebase grade)");
                }
            });
        } catch (NumberFormatException e) {
            throw new UserError("cannot read the key '" + t + "'; see 'securebase rescore --help'", e);
        }
    }

    private static List<Integer> letterPositions(String t) {
        List<Integer> positions = new ArrayList<>();
        for (String letter : t.split("[\\s,]+")) {
            positions.add(Letters.place(letter));
        }
        return positions;
    }
}
