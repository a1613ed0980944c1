package org.securebase.usecase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securebase.export.handout.HandoutData;
import org.securebase.export.handout.Handouts;
import org.securebase.export.results.HandoutContent;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.VariantCodes;
import org.securebase.quiz.variant.Variant;

/**
 * Prints a quiz for paper: the quiz is frozen in the store (so the answers collected can be
 * imported and scored), then one handout per variant, its code on every page, and a separate
 * answer key for each, written into a new folder.
 *
 * @since 0.3
 */
public final class PrintHandouts {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store, created when it does not exist yet
     * @param clock the time printed on the handouts
     */
    public PrintHandouts(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What to print.
     *
     * @param quiz the quiz
     * @param variants how many handout variants, 1 to {@link VariantCodes#HANDOUTS_SEARCHED}
     * @param sponsor the organisation named on the handouts
     * @param out the folder to write, which must not exist unless {@code force}
     * @param force replace an existing folder
     */
    public record Request(Quiz quiz, int variants, String sponsor, Path out, boolean force) {
        /** Checks the parts. */
        public Request {
            Checks.present(quiz, "quiz");
            Checks.present(sponsor, "sponsor");
            Checks.present(out, "output folder");
            if (variants < 1 || variants > VariantCodes.HANDOUTS_SEARCHED) {
                throw new Refusal("--variants must be between 1 and " + VariantCodes.HANDOUTS_SEARCHED + ", was " + variants);
            }
        }
    }

    /**
     * What was printed.
     *
     * @param folder where
     * @param codes the variant codes, handout 1 first
     */
    public record Printed(Path folder, List<String> codes) {
    }

    /**
     * @param request what to print
     * @return what was printed
     * @throws IOException when the folder cannot be written
     */
    public Printed print(Request request) throws IOException {
        Quiz quiz = new StoreQuiz(workspace, clock).freeze(request.quiz());
        List<String> codes = new ArrayList<>();
        Handouts handouts = new Handouts(FontSet.bundled(), clock);
        Path written = OutputFiles.writeFolder(request.out(), request.force(), folder -> {
            for (int n = 1; n <= request.variants(); n++) {
                Variant variant = Variant.forHandout(quiz, n);
                HandoutData data = HandoutContent.of(quiz, variant, request.sponsor());
                String stem = String.format(Locale.ROOT, "variant-%02d-%s", n, variant.code());
                try (OutputStream o = Files.newOutputStream(folder.resolve(stem + "-handout.pdf"))) {
                    handouts.writeHandout(data, o);
                }
                try (OutputStream o = Files.newOutputStream(folder.resolve(stem + "-answer-key.pdf"))) {
                    handouts.writeAnswerKey(data, o);
                }
                codes.add(variant.code());
            }
        });
        return new Printed(written, codes);
    }
}
