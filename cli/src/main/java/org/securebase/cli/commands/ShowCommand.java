package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.terminal.Paragraphs;
import org.securebase.model.DomainException;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.RubricLevel;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.load.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shows one vignette as a readable case: clients, background, the transcript laid out as a
 * script, expert notes and the questions (with the key and feedback only when asked).
 *
 * @since 0.1
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a vignette (ID) or one question (VIGNETTE#QUESTION) as a readable case.")
public final class ShowCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "A vignette id, or a question reference vignette-id#question-id.")
    String id;

    @Option(names = "--with-key", description = "Mark the correct answers and show the feedback (for instructors).")
    boolean withKey;

    @Option(names = "--no-notes", negatable = true, description = "Leave out the expert notes on the transcript.")
    boolean notes = true;

    @Override
    public Integer call() {
        Loaded loaded = Libraries.load(GlobalOptions.of(spec), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (id.contains("#")) {
            QuestionRef ref;
            try {
                ref = QuestionRef.parse(id);
            } catch (DomainException e) {
                throw new UserError(e.getMessage(), e);
            }
            var q = loaded.library().question(ref).orElseThrow(() -> new UserError("no question " + ref
                    + " in the library; try 'securebase list --questions'"));
            out.println(q.vignette().title() + "  (" + q.vignette().id() + ")");
            out.println();
            printQuestion(out, q.question(), 1);
        } else {
            Vignette v = loaded.library().vignette(id).orElseThrow(() -> new UserError("no vignette '" + id
                    + "' in the library; try 'securebase list'"));
            printVignette(out, v, loaded.library().vignettes());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printVignette(PrintWriter out, Vignette v, List<Vignette> library) {
        ColorScheme cs = spec.commandLine().getColorScheme();
        out.println(cs.string("@|bold " + v.title() + "|@"));
        out.println(v.id() + " · " + v.format().xmlName() + " · " + v.modality() + " · " + v.difficulty().xmlName()
                + (v.minutes() == null ? "" : " · " + v.minutes() + " min") + " · version " + v.version());
        if (v.series() != null) {
            out.print(Paragraphs.indented(seriesLine(v, library), 0, WIDTH));
        }
        if (!v.contentNotes().isEmpty()) {
            out.print(Paragraphs.indented("Content note: this case includes " + String.join("; ", v.contentNotes()) + ".",
                    0, WIDTH));
        }
        out.println();
        out.println(cs.string("@|bold Clients|@"));
        for (Client c : v.clients()) {
            StringBuilder line = new StringBuilder("  " + c.name());
            if (c.age() != null) {
                line.append(", ").append(c.age());
            }
            if (c.pronouns() != null) {
                line.append(", ").append(c.pronouns());
            }
            if (c.role() != null) {
                line.append(" (").append(c.role()).append(')');
            }
            out.println(line);
        }
        out.println();
        out.println(cs.string("@|bold Background|@"));
        v.background().forEach(p -> {
            out.print(Paragraphs.indented(p, 2, WIDTH));
            out.println();
        });
        if (!v.transcript().isEmpty()) {
            out.println(cs.string("@|bold Transcript|@"));
            int speakerWidth = v.clients().stream().mapToInt(c -> c.name().length()).max().orElse(9);
            speakerWidth = Math.max(speakerWidth, "Therapist".length());
            for (int i = 0; i < v.transcript().size(); i++) {
                Turn t = v.transcript().get(i);
                String speaker = t.byTherapist() ? "Therapist"
                        : v.client(t.speaker()).map(Client::name).orElse(t.speaker());
                String head = String.format("%3d  %-" + speakerWidth + "s  ", i + 1, speaker.toUpperCase(java.util.Locale.ROOT));
                List<String> lines = Paragraphs.wrap((t.nonverbal() == null ? "" : "(" + t.nonverbal() + ") ") + t.text(),
                        WIDTH - head.length());
                for (int l = 0; l < lines.size(); l++) {
                    out.println((l == 0 ? head : " ".repeat(head.length())) + lines.get(l));
                }
            }
            out.println();
        }
        if (notes && !v.annotations().isEmpty()) {
            out.println(cs.string("@|bold Expert notes|@"));
            for (Annotation a : v.annotations()) {
                String where = a.turns().isEmpty() ? "" : "turns " + String.join(", ", a.turns().stream().map(String::valueOf).toList()) + ": ";
                out.print(Paragraphs.indented(where + a.text() + " [" + String.join(" ",
                        a.concepts().stream().map(Object::toString).toList()) + "]", 2, WIDTH));
            }
            out.println();
        }
        out.println(cs.string("@|bold Questions|@"));
        for (int i = 0; i < v.questions().size(); i++) {
            printQuestion(out, v.questions().get(i), i + 1);
        }
    }

    /** "Series lena-tomas, session 2 of 3: 1 lena-tomas-the-dishes · 2 this case · 3 lena-tomas-staying", as loaded. */
    static String seriesLine(Vignette v, List<Vignette> library) {
        List<Vignette> sessions = library.stream().filter(o -> o.series() != null && o.series().id().equals(v.series().id()))
                .sorted(Comparator.comparing(Vignette::series, Series.IN_ORDER).thenComparing(Vignette::id)).toList();
        StringBuilder line = new StringBuilder("Series " + v.series().id() + ", session " + v.series().session() + " of "
                + sessions.size() + " loaded:");
        for (int i = 0; i < sessions.size(); i++) {
            Vignette o = sessions.get(i);
            line.append(i == 0 ? " " : " · ").append(o.series().session()).append(' ')
                    .append(o.id().equals(v.id()) ? "this case" : o.id());
        }
        return line.toString();
    }

    private void printQuestion(PrintWriter out, Question q, int number) {
        out.print(Paragraphs.indented(number + ". " + q.stem() + "  (" + q.id() + ", " + q.typeName() + ", "
                + q.points() + (q.points() == 1 ? " point)" : " points)"), 2, WIDTH));
        q.accept(new QuestionVisitor<Void>() {
            @Override
            public Void singleChoice(SingleChoice sc) {
                printOptions(out, sc.options());
                return null;
            }

            @Override
            public Void multipleResponse(MultipleResponse mr) {
                out.println("     Select all that apply" + (withKey ? " (scoring: " + mr.scoring().xmlName() + ")" : "") + ".");
                printOptions(out, mr.options());
                return null;
            }

            @Override
            public Void ordering(Ordering o) {
                List<String> items = withKey ? o.items() : o.items().stream().sorted().toList();
                out.println(withKey ? "     In the correct order:" : "     Put these in order:");
                for (int i = 0; i < items.size(); i++) {
                    out.print(Paragraphs.indented((withKey ? (i + 1) + ". " : "- ") + items.get(i), 5, WIDTH));
                }
                return null;
            }

            @Override
            public Void matching(Matching m) {
                List<String> rights = m.rights().stream().sorted().toList();
                for (int i = 0; i < m.pairs().size(); i++) {
                    MatchPair p = m.pairs().get(i);
                    out.print(Paragraphs.indented((i + 1) + ". " + p.left() + (withKey ? "  →  " + p.right() : ""), 5, WIDTH));
                }
                if (!withKey) {
                    for (int i = 0; i < rights.size(); i++) {
                        out.print(Paragraphs.indented((char) ('A' + i) + ". " + rights.get(i), 5, WIDTH));
                    }
                } else {
                    m.distractors().forEach(d -> out.print(Paragraphs.indented("spare (matches no item): " + d, 5, WIDTH)));
                }
                return null;
            }

            @Override
            public Void openResponse(OpenResponse o) {
                o.limit().ifPresent(n -> out.println("     Write an answer of at most " + n + " characters."));
                if (withKey) {
                    o.model().ifPresent(m -> out.print(Paragraphs.indented("Model answer: " + m, 5, WIDTH)));
                    o.criteria().ifPresent(r -> r.criteria().forEach(c -> {
                        out.print(Paragraphs.indented(c.title() + " (" + c.id() + ", " + c.points() + " points)", 5, WIDTH));
                        for (int i = 0; i < c.levels().size(); i++) {
                            RubricLevel l = c.levels().get(i);
                            out.print(Paragraphs.indented("level " + (i + 1) + ", " + l.points() + ": "
                                    + (l.described() ? l.descriptor() : "(no descriptor)"), 9, WIDTH));
                        }
                    }));
                }
                return null;
            }
        });
        if (withKey && q.feedback() != null) {
            out.print(Paragraphs.indented("Feedback: " + q.feedback(), 5, WIDTH));
        }
        out.println();
    }

    private void printOptions(PrintWriter out, List<ChoiceOption> options) {
        for (int i = 0; i < options.size(); i++) {
            ChoiceOption o = options.get(i);
            String mark = withKey ? (o.correct() ? "✓ " : "  ") : "";
            out.print(Paragraphs.indented(mark + (char) ('A' + i) + ". " + o.text(), 5, WIDTH));
            if (withKey && o.feedback() != null) {
                out.print(Paragraphs.indented(o.feedback(), 12, WIDTH));
            }
        }
    }
}
