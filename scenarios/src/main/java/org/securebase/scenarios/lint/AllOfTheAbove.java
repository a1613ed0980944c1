package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.SingleChoice;

/**
 * "All of the above" and "none of the above" reward test-taking over knowledge and break when
 * options are shuffled (Haladyna, Downing and Rodriguez 2002, item-writing guideline 25).
 *
 * @since 0.1
 */
public final class AllOfTheAbove extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "all-of-the-above";
    private static final Pattern PHRASE = Pattern.compile(
            "\\b(all|none|both|neither) of the (above|options|answers|preceding)\\b|\\ball (of )?these\\b|\\bnone of these\\b");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "no option reads 'all of the above' or 'none of the above' (they break when options are shuffled)";
    }

    @Override
    public List<Finding> singleChoice(SingleChoice q) {
        return phrased(q, q.options());
    }

    @Override
    public List<Finding> multipleResponse(MultipleResponse q) {
        return phrased(q, q.options());
    }

    @Override
    public List<Finding> ordering(Ordering q) {
        return List.of();
    }

    @Override
    public List<Finding> matching(Matching q) {
        return List.of();
    }

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        return List.of();
    }

    private static List<Finding> phrased(Question q, List<ChoiceOption> options) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String text = options.get(i).text().toLowerCase(Locale.ROOT);
            // Every phrase holds "of the" or "these": most options are passed over without the expression.
            if ((text.contains("of the") || text.contains("these")) && PHRASE.matcher(text).find()) {
                out.add(Finding.option(q.id(), i + 1, "option " + (i + 1) + " of question " + q.id() + " reads '"
                        + options.get(i).text() + "': options are shuffled, so write a self-contained option instead"));
            }
        }
        return out;
    }
}
