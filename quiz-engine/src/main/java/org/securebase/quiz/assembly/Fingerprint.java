package org.securebase.quiz.assembly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.json.ContentJson;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.json.JsonText;

/**
 * SHA-256 fingerprints (lower-case hex) of content in its canonical form
 * ({@link ContentJson}): the text {@value #FORMAT} and a newline, then the canonical JSON array of
 * the vignettes sorted by id, encoded as UTF-8. Two quizzes with the same fingerprint show the
 * same words and have the same key.
 *
 * @since 0.1
 */
public final class Fingerprint {
    /** The first line of every fingerprinted text; changes only with the canonical form. */
    public static final String FORMAT = "securebase-content-1";

    private Fingerprint() {
    }

    /** The fingerprint of these vignettes (in any order: they are sorted by id first). */
    public static String of(List<Vignette> vignettes) {
        List<Vignette> sorted = new ArrayList<>(vignettes);
        sorted.sort(Comparator.comparing(Vignette::id));
        List<Json> items = new ArrayList<>();
        sorted.forEach(v -> items.add(ContentJson.vignette(v)));
        return sha256(FORMAT + "\n" + JsonText.write(new Json.Arr(items)));
    }

    /** The SHA-256 of a text's UTF-8 bytes, as lower-case hex. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
