package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.securebase.cli.terminal.Paragraphs;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.delivery.DeliveredQuestionVisitor;
import org.securebase.quiz.delivery.DeliveredQuiz;

/** How a delivered quiz looks in the terminal: the front page, each case, each question. */
final class Screens {
    static final int WIDTH = 100;

    private Screens() {
    }

    static void front(PrintWriter out, DeliveredQuiz q) {
        out.println(q.title());
        out.println("quiz " + q.quizId() + " · variant " + q.variantCode()
                + (q.timeLimitMinutes() == null ? " · no time limit" : " · time limit " + q.timeLimitMinutes() + " minutes"));
        if (q.instructions() != null) {
            out.println();
            out.print(Paragraphs.indented(q.instructions(), 0, WIDTH));
        }
        out.println();
    }

    static void caseOf(PrintWriter out, DeliveredQuiz.Case c) {
        if (c.contentNoteLine() != null) {
            out.print(Paragraphs.indented(c.contentNoteLine(), 0, WIDTH));
            out.println();
        }
        out.println("== " + c.title() + " ==");
        StringBuilder who = new StringBuilder();
        for (Client cl : c.clients()) {
            who.append(who.length() == 0 ? "" : "; ").append(cl.name());
            if (cl.age() != null) {
                who.append(", ").append(cl.age());
            }
            if (cl.role() != null) {
                who.append(" (").append(cl.role()).append(')');
            }
        }
        out.print(Paragraphs.indented("Clients: " + who, 0, WIDTH));
        out.println();
        c.background().forEach(p -> {
            out.print(Paragraphs.indented(p, 0, WIDTH));
            out.println();
        });
        if (!c.transcript().isEmpty()) {
            out.println();
            int width = c.clients().stream().mapToInt(cl -> cl.name().length()).max().orElse(9);
            width = Math.max(width, "Therapist".length());
            for (Turn t : c.transcript()) {
                String speaker = t.byTherapist() ? "Therapist"
                        : c.clients().stream().filter(cl -> cl.id().equals(t.speaker())).map(Client::name).findFirst()
                                .orElse(t.speaker());
                String head = String.format("%-" + width + "s  ", speaker.toUpperCase(Locale.ROOT));
                List<String> lines = Paragraphs.wrap((t.nonverbal() == null ? "" : "(" + t.nonverbal() + ") ") + t.text(),
                        WIDTH - head.length());
                for (int l = 0; l < lines.size(); l++) {
                    out.println((l == 0 ? head : " ".repeat(head.length())) + lines.get(l));
                }
            }
        }
        out.println();
    }

    static void question(PrintWriter out, DeliveredQuestion q, int of) {
        out.print(Paragraphs.indented("Question " + q.number() + (of > 0 ? " of " + of : "") + " (" + q.points()
                + (q.points() == 1 ? " point" : " points") + "): " + q.stem(), 0, WIDTH));
        q.accept(new DeliveredQuestionVisitor<Void>() {
            @Override
            public Void choice(DeliveredQuestion.Choice c) {
                out.println(c.selectAll() ? "  Select all that apply." : "  Choose one.");
                c.options().forEach(o -> out.print(Paragraphs.indented(o.letter() + ". " + o.text(), 2, WIDTH)));
                return null;
            }

            @Override
            public Void ordering(DeliveredQuestion.OrderingTask o) {
                out.println("  Put these in order, first to last.");
                o.items().forEach(i -> out.print(Paragraphs.indented(i.letter() + ". " + i.text(), 2, WIDTH)));
                return null;
            }

            @Override
            public Void matching(DeliveredQuestion.MatchingTask m) {
                int spares = m.rights().size() - m.lefts().size();
                out.println("  Match each numbered item with a letter." + (spares == 0 ? ""
                        : spares == 1 ? " One letter matches no item." : " " + spares + " letters match no item."));
                for (int i = 0; i < m.lefts().size(); i++) {
                    out.print(Paragraphs.indented((i + 1) + ". " + m.lefts().get(i), 2, WIDTH));
                }
                m.rights().forEach(r -> out.print(Paragraphs.indented(r.letter() + ". " + r.text(), 6, WIDTH)));
                return null;
            }

            @Override
            public Void writing(DeliveredQuestion.WritingTask w) {
                out.println(w.maxLength() == null ? "  Write your answer in your own words."
                        : "  Write your answer in your own words, at most " + w.maxLength() + " characters.");
                out.println("  Finish with a line holding only a full stop (.); on the first line the commands still work.");
                return null;
            }
        });
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%d:%02d", s / 60, s % 60);
    }

    static String points(double p) {
        return Math.abs(p - Math.rint(p)) < 1e-9 ? String.valueOf((long) Math.rint(p))
                : String.format(Locale.ROOT, "%.2f", p);
    }
}
