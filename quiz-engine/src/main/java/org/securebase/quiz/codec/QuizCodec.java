package org.securebase.quiz.codec;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.assembly.QuizSettings;
import org.securebase.quiz.assembly.VignetteBlock;
import org.securebase.quiz.json.ContentJson;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.json.JsonException;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.scoring.AnswerKey;

/**
 * The stable text form of a frozen quiz and of an answer key, so a store can keep them and
 * reload them identically: {@code read(write(q)).equals(q)}. The text is one line of canonical
 * JSON (keys in a fixed order, no whitespace), so equal quizzes give equal text and the text can
 * itself be hashed. Format tags {@value #QUIZ_FORMAT} and {@value #KEY_FORMAT} change only with an
 * incompatible change (see docs/decisions/0011).
 *
 * <pre>
 * {"format":"securebase-quiz-1","id":…,"blueprint":{"id":…,"version":1},"seed":20240917,
 *  "fingerprint":"…","settings":{"title":…,"instructions":…,"passPercent":80,"timeLimitMinutes":45,
 *  "shuffleQuestions":true,"shuffleOptions":true,"maxAttempts":2,"attemptPolicy":"best"},
 *  "sections":[{"id":…,"title":…,"blocks":[{"vignette":…,"questions":["v#q1",…]}]}],
 *  "content":[ canonical vignettes, see ContentJson ]}
 * {"format":"securebase-key-1","quiz":…,"keys":{"v#q1":"choice 2",…},"voided":["v#q3"]}
 * </pre>
 *
 * @since 0.1
 */
public final class QuizCodec {
    /** The format tag of a frozen quiz. */
    public static final String QUIZ_FORMAT = "securebase-quiz-1";
    /** The format tag of a frozen answer key. */
    public static final String KEY_FORMAT = "securebase-key-1";

    private QuizCodec() {
    }

    /** The text of a quiz. */
    public static String write(Quiz quiz) {
        QuizSettings s = quiz.settings();
        List<Json> sections = new ArrayList<>();
        for (QuizSection section : quiz.sections()) {
            List<Json> blocks = new ArrayList<>();
            for (VignetteBlock b : section.blocks()) {
                blocks.add(Json.object().put("vignette", Json.of(b.vignetteId()))
                        .put("questions", Json.strings(b.questions().stream().map(QuestionRef::toString).toList())).build());
            }
            sections.add(Json.object().put("id", Json.of(section.id())).put("title", Json.of(section.title()))
                    .put("blocks", new Json.Arr(blocks)).build());
        }
        List<Json> content = new ArrayList<>();
        quiz.vignettes().forEach(v -> content.add(ContentJson.vignette(v)));
        return JsonText.write(Json.object()
                .put("format", Json.of(QUIZ_FORMAT))
                .put("id", Json.of(quiz.id()))
                .put("blueprint", Json.object().put("id", Json.of(quiz.blueprintId()))
                        .put("version", Json.of(quiz.blueprintVersion())).build())
                .put("seed", Json.of(quiz.seed()))
                .put("fingerprint", Json.of(quiz.fingerprint()))
                .put("settings", settings(s))
                .put("sections", new Json.Arr(sections))
                .put("content", new Json.Arr(content))
                .build());
    }

    private static Json settings(QuizSettings s) {
        Json.ObjBuilder b = Json.object()
                .put("title", Json.of(s.title()))
                .put("instructions", Json.of(s.instructions()))
                .put("passPercent", Json.of(s.passPercent()))
                .put("timeLimitMinutes", Json.of(s.timeLimitMinutes()))
                .put("shuffleQuestions", Json.of(s.shuffleQuestions()))
                .put("shuffleOptions", Json.of(s.shuffleOptions()))
                .put("maxAttempts", Json.of(s.maxAttempts()))
                .put("attemptPolicy", Json.of(s.attemptPolicy().xmlName()));
        if (!s.mustPass().isEmpty()) {
            // only when there are some, so frozen quizzes without them are written as before
            b.put("mustPass", new Json.Arr(s.mustPass().stream().map(r -> Json.of(r.toString())).toList()));
        }
        return b.build();
    }

    /**
     * Reads a quiz from its text.
     *
     * @throws JsonException naming what is malformed, missing, of another format, or whose
     *                       content does not match its fingerprint
     */
    public static Quiz read(String text) {
        Json.Obj o = JsonText.parse(text).asObject("a frozen quiz");
        format(o, QUIZ_FORMAT);
        try {
            Json.Obj s = o.obj("settings");
            QuizSettings settings = new QuizSettings(s.str("title"), s.optStr("instructions"), s.integer("passPercent"),
                    s.optInteger("timeLimitMinutes"), s.bool("shuffleQuestions"), s.bool("shuffleOptions"),
                    s.integer("maxAttempts"), AttemptPolicy.of(s.str("attemptPolicy")),
                    s.optional("mustPass") == null ? List.of() : s.arr("mustPass").stream()
                            .map(r -> QuestionRef.parse(r.asString("a must-pass question"))).toList());
            List<QuizSection> sections = new ArrayList<>();
            for (Json js : o.arr("sections")) {
                Json.Obj so = js.asObject("a section");
                List<VignetteBlock> blocks = new ArrayList<>();
                for (Json jb : so.arr("blocks")) {
                    Json.Obj bo = jb.asObject("a block");
                    blocks.add(new VignetteBlock(bo.str("vignette"),
                            bo.arr("questions").stream().map(q -> QuestionRef.parse(q.asString("a question reference"))).toList()));
                }
                sections.add(new QuizSection(so.str("id"), so.str("title"), blocks));
            }
            List<Vignette> content = new ArrayList<>();
            for (Json v : o.arr("content")) {
                content.add(ContentJson.readVignette(v));
            }
            Json.Obj b = o.obj("blueprint");
            return new Quiz(o.str("id"), b.str("id"), b.integer("version"), o.num("seed"), o.str("fingerprint"),
                    settings, sections, content);
        } catch (ModelException e) {
            throw new JsonException("frozen quiz " + o.optStr("id") + ": " + e.getMessage());
        }
    }

    /** The text of an answer key. */
    public static String write(AnswerKey key) {
        Json.ObjBuilder keys = Json.object();
        key.keys().forEach((r, k) -> keys.put(r.toString(), Json.of(k.encode())));
        return JsonText.write(Json.object()
                .put("format", Json.of(KEY_FORMAT))
                .put("quiz", Json.of(key.quizId()))
                .put("keys", keys.build())
                .put("voided", Json.strings(key.voided().stream().map(QuestionRef::toString).toList()))
                .build());
    }

    /** Requires the text's format tag to be the expected one. */
    static void format(Json.Obj o, String expected) {
        String found = o.optStr("format");
        if (!expected.equals(found)) {
            throw new JsonException("expected text in format '" + expected + "', found format '" + found + "'");
        }
    }
}
