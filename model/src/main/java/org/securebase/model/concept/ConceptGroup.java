package org.securebase.model.concept;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * The seventeen concept groups of the catalogue, in the order trainees meet them: the sixteen of the
 * formats contract, then the safety group the contract allows adding (docs/decisions/0085). Mastery
 * "per concept group" is reported per constant of this type.
 *
 * @since 0.1
 */
public enum ConceptGroup {
    STYLE("style", "Attachment styles"),
    DIMENSION("dimension", "Dimensions"),
    STRATEGY("strategy", "Protective strategies"),
    PATTERN("pattern", "Relational patterns"),
    SECURE_BASE("secure-base", "Secure-base qualities of the therapist"),
    CORE("core", "Core attachment concepts"),
    EFT_STAGE("eft.stage", "EFT stages"),
    EFT_STEP("eft.step", "EFT steps"),
    CYCLE("cycle", "Negative cycles"),
    POSITION("position", "Cycle positions"),
    EMOTION("emotion", "Emotion"),
    EVENT("event", "Change events"),
    INTERVENTION("intervention", "Interventions"),
    OUTCOME("outcome", "Therapy outcomes"),
    THEME("theme", "Client themes"),
    MODALITY("modality", "Modalities"),
    SAFETY("safety", "Safety and risk screening");

    private final String key;
    private final String title;

    ConceptGroup(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The id prefix of the group ({@code eft.step}). */
    public String key() {
        return key;
    }

    /** The heading shown to people ("EFT steps"). */
    public String title() {
        return title;
    }

    /** The group of an id. */
    public static ConceptGroup of(ConceptId id) {
        return byKey(id.group());
    }

    /** The group with this key. */
    public static ConceptGroup byKey(String key) {
        return Arrays.stream(values())
                .filter(g -> g.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new ModelException("unknown concept group '" + key + "'"));
    }
}
