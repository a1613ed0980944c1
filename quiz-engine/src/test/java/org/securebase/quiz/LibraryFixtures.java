package org.securebase.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.library.Library;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/**
 * A realistic library of seven vignettes (couple, individual and family work at three
 * difficulties, all four question types) and blueprints drawn from it. Built from model objects
 * so the engine's tests need no XML.
 */
public final class LibraryFixtures {
    private LibraryFixtures() {
    }

    public static List<ConceptId> concepts(String... ids) {
        return Arrays.stream(ids).map(ConceptId::of).toList();
    }

    static ChoiceOption right(String text, String feedback) {
        return new ChoiceOption(text, true, feedback);
    }

    static ChoiceOption wrong(String text, String feedback) {
        return new ChoiceOption(text, false, feedback);
    }

    static SingleChoice single(String id, int points, String concepts, Difficulty d, String stem, ChoiceOption... options) {
        return new SingleChoice(id, points, concepts(concepts.split(" ")), d, stem, List.of(options), "See the annotations for the turns that show it.");
    }

    static MultipleResponse multiple(String id, int points, String concepts, Scoring scoring, String stem, ChoiceOption... options) {
        return new MultipleResponse(id, points, concepts(concepts.split(" ")), null, stem, List.of(options), scoring, null);
    }

    static Ordering ordering(String id, int points, String concepts, Scoring scoring, String stem, String... items) {
        return new Ordering(id, points, concepts(concepts.split(" ")), null, stem, List.of(items), scoring, "The steps build on each other in this order.");
    }

    static Matching matching(String id, int points, String concepts, Scoring scoring, String stem, String... leftRight) {
        List<MatchPair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            pairs.add(new MatchPair(leftRight[i], leftRight[i + 1]));
        }
        return new Matching(id, points, concepts(concepts.split(" ")), null, stem, pairs, scoring, "Each behaviour serves the strategy it is paired with.");
    }

    static Vignette vignette(String id, Format format, String modality, Difficulty difficulty, String title,
                             List<Client> clients, List<Turn> turns, List<Question> questions) {
        return new Vignette(id, 1, format, ConceptId.of(modality), difficulty, 15, "en", title,
                List.of("Clinical Training Committee"), "CC-BY-4.0",
                List.of(new Objective(questions.get(0).concepts(), "Recognise the pattern in the exchange.")),
                clients, List.of("The clients come to their fourth session after a difficult week."), turns,
                List.of(new Annotation(questions.get(0).concepts(), List.of(1), "The first turn shows the pattern.")),
                questions);
    }

    /** The acceptance example's vignette, as model objects. */
    public static Vignette coupleLateText() {
        return vignette("couple-late-text", Format.COUPLE, "modality.eft", Difficulty.INTRODUCTORY,
                "Jordan and Maya: the text that never came",
                List.of(new Client("jordan", "Jordan", 37, "he/him", "partner"), new Client("maya", "Maya", 34, "she/her", "partner")),
                List.of(new Turn("jordan", "Four messages. Four. And nothing until midnight.", null),
                        new Turn("maya", "I was in a meeting. It's not a big deal.", "turns toward the window, voice flat"),
                        new Turn("therapist", "Can we slow down for a moment?", null)),
                List.of(single("q1", 1, "cycle.pursue-withdraw", Difficulty.INTRODUCTORY, "Which interaction pattern best describes this exchange?",
                                right("Pursue–withdraw", "Jordan presses while Maya pulls back."),
                                wrong("Attack–attack", "Only one partner escalates here."),
                                wrong("Withdraw–withdraw", "Jordan is actively protesting."),
                                wrong("A secure exchange with a minor disagreement", "Neither feels safe enough to state a need.")),
                        multiple("q2", 2, "emotion.primary emotion.secondary", Scoring.PARTIAL, "Which are most likely primary attachment emotions? Select all that apply.",
                                right("Jordan's fear that he is too much for Maya", "He names this once the pace slows."),
                                right("Maya's fear of failing Jordan", "It drives her shutdown."),
                                wrong("Jordan's irritation about the messages", "Irritation is secondary."),
                                wrong("Maya's claim that it is not a big deal", "Minimising is protective.")),
                        ordering("q3", 1, "eft.stage.1 eft.step.1 eft.step.2 eft.step.3 eft.step.4", Scoring.PARTIAL, "Put the first four steps of EFT de-escalation in order.",
                                "Create an alliance and assess", "Identify the negative cycle",
                                "Access the unacknowledged emotions", "Reframe the problem in terms of the cycle"),
                        matching("q4", 3, "position.pursuer position.withdrawer strategy.hyperactivating strategy.deactivating", Scoring.PARTIAL,
                                "Match each behaviour to the strategy it most likely serves.",
                                "Sending message after message", "Hyperactivating: protest to restore contact",
                                "Saying it is not a big deal and looking away", "Deactivating: turn the need down",
                                "Saying I'm too much for her", "Reaching the primary fear")));
    }

    public static Vignette coupleSundayDinner() {
        return vignette("couple-sunday-dinner", Format.COUPLE, "modality.eft", Difficulty.INTERMEDIATE,
                "Priya and Sam: Sunday dinner at his parents'",
                List.of(new Client("priya", "Priya", 41, "she/her", "partner"), new Client("sam", "Sam", 43, "he/him", "partner")),
                List.of(new Turn("priya", "You always take their side.", null), new Turn("sam", "And you always attack me.", "raised voice")),
                List.of(single("q1", 1, "cycle.attack-attack", null, "Which cycle dominates this exchange?",
                                wrong("Pursue–withdraw", "Neither partner pulls back."),
                                right("Attack–attack", "Both partners escalate with blame."),
                                wrong("Withdraw–withdraw", "Both are highly engaged.")),
                        single("q2", 1, "position.pursuer", null, "Who began in the pursuing position before the escalation?",
                                right("Priya", "Her complaint is a protest for connection."),
                                wrong("Sam", "Sam defends rather than reaches."),
                                wrong("Neither", "Priya's complaint is a bid.")),
                        multiple("q3", 2, "intervention.tracking-the-cycle intervention.reframing", Scoring.ALL_OR_NOTHING, "Which interventions fit the first minutes of the next session? Select all that apply.",
                                right("Tracking the cycle as it happens", "It names the pattern, not the person."),
                                right("Reframing the fight as the cycle against them both", "It externalises the cycle."),
                                wrong("Asking who started it", "It invites more blame."),
                                wrong("Teaching a communication script", "Skills come after de-escalation."))));
    }

    public static Vignette coupleMiscarriage() {
        return vignette("couple-silent-grief", Format.COUPLE, "modality.eft", Difficulty.ADVANCED,
                "Lena and Tom: the grief neither speaks about",
                List.of(new Client("lena", "Lena", 36, "she/her", "partner"), new Client("tom", "Tom", 38, "he/him", "partner")),
                List.of(new Turn("lena", "He went back to work the next day.", "looks at her hands"), new Turn("tom", "Someone had to keep going.", null)),
                List.of(single("q1", 2, "event.attachment-injury-repair", null, "What is Lena most likely describing?",
                                right("An attachment injury", "A moment of needed comfort that was not given."),
                                wrong("A communication skills deficit", "This is about a bond, not a skill."),
                                wrong("Secondary anger", "Her tone is hurt, not angry.")),
                        ordering("q2", 2, "event.attachment-injury-repair eft.stage.2", Scoring.ALL_OR_NOTHING, "Order the steps of repairing an attachment injury.",
                                "The injured partner describes the injury", "The other partner stays engaged and hears its impact",
                                "The injured partner voices the deeper hurt", "The other partner takes responsibility and expresses remorse",
                                "The injured partner asks for comfort and it is given"),
                        single("q3", 1, "cycle.withdraw-withdraw", null, "Which cycle best describes them since the loss?",
                                wrong("Attack–attack", "There is little open conflict."),
                                right("Withdraw–withdraw", "Both have turned away to cope alone."),
                                wrong("Pursue–withdraw", "Neither partner pursues."))));
    }

    public static Vignette individualAvoidant() {
        return vignette("individual-self-reliant", Format.INDIVIDUAL, "modality.attachment-based-individual", Difficulty.INTRODUCTORY,
                "Daniel: I don't need anyone",
                List.of(new Client("daniel", "Daniel", 29, "he/him", "client")),
                List.of(new Turn("daniel", "I've always handled things myself. It's easier.", null),
                        new Turn("therapist", "Easier in what way?", null)),
                List.of(single("q1", 1, "style.avoidant", null, "Which attachment pattern does Daniel's stance most suggest?",
                                wrong("Anxious", "He does not seek reassurance."),
                                right("Avoidant", "He keeps needs down and relies on himself."),
                                wrong("Secure", "He avoids depending on others."),
                                wrong("Disorganized", "There is no sign of fear of closeness mixed with longing.")),
                        matching("q2", 3, "strategy.deactivating pattern.compulsive-self-reliance", Scoring.ALL_OR_NOTHING, "Match each remark to what it shows.",
                                "I've always handled things myself", "Compulsive self-reliance",
                                "It's easier", "Deactivating: turning the need down",
                                "Changing the subject when asked about his father", "Avoiding attachment memories"),
                        multiple("q3", 1, "secure-base.attunement secure-base.consistency", Scoring.PARTIAL, "What helps the therapist become a secure base for Daniel? Select all that apply.",
                                right("Steady, predictable sessions", "Consistency lets him test expectations."),
                                right("Attuning to small shifts in his tone", "Feeling understood makes exploring safer."),
                                wrong("Pointing out his avoidance in the first session", "Too early: it invites shutdown."))));
    }

    public static Vignette individualAnxious() {
        return vignette("individual-reassurance", Format.INDIVIDUAL, "modality.aedp", Difficulty.INTERMEDIATE,
                "Ruth: are you still there?",
                List.of(new Client("ruth", "Ruth", 33, "she/her", "client")),
                List.of(new Turn("ruth", "You looked at the clock. Am I boring you?", "voice rises")),
                List.of(single("q1", 1, "style.anxious", null, "Which attachment pattern does Ruth's question most suggest?",
                                right("Anxious", "She watches for signs of distance."),
                                wrong("Avoidant", "She seeks contact rather than distance."),
                                wrong("Secure", "She cannot rest in the relationship.")),
                        single("q2", 1, "strategy.hyperactivating", null, "Which strategy is she using?",
                                right("Hyperactivating", "She amplifies the signal to keep contact."),
                                wrong("Deactivating", "She turns the signal up, not down.")),
                        multiple("q3", 2, "core.rupture-and-repair intervention.real-time-repair", Scoring.PARTIAL, "How could the therapist respond? Select all that apply.",
                                right("Acknowledge the glance and its impact", "Owning one's part begins repair."),
                                right("Invite her to say what she felt in that moment", "It turns the rupture into exploration."),
                                wrong("Reassure her quickly and move on", "It skips the repair."),
                                wrong("Interpret her fear as transference", "Too distant in the moment.")),
                        ordering("q4", 1, "core.rupture-and-repair", Scoring.PARTIAL, "Order the steps of a repair in session.",
                                "Notice the rupture", "Name it openly", "Explore each person's experience", "Reconnect")));
    }

    public static Vignette familyTeen() {
        return vignette("family-locked-door", Format.FAMILY, "modality.abft", Difficulty.INTERMEDIATE,
                "The Okafors: a locked door",
                List.of(new Client("ada", "Ada", 46, "she/her", "parent"), new Client("kemi", "Kemi", 15, "she/her", "adolescent")),
                List.of(new Turn("ada", "She won't talk to me anymore.", null), new Turn("kemi", "Because you never listen.", "arms crossed")),
                List.of(single("q1", 1, "cycle.pursue-withdraw", null, "Which cycle best fits mother and daughter?",
                                right("Pursue–withdraw", "Ada pursues; Kemi withdraws behind the door."),
                                wrong("Attack–attack", "Kemi mostly withdraws."),
                                wrong("Withdraw–withdraw", "Ada keeps reaching.")),
                        single("q2", 1, "position.withdrawer", Difficulty.INTRODUCTORY, "Who is in the withdrawing position?",
                                wrong("Ada", "Ada pursues."), right("Kemi", "She closes the door, literally.")),
                        matching("q3", 3, "theme.intimacy-and-expression emotion.attachment-need", Scoring.PARTIAL, "Match each statement to the need beneath it.",
                                "She won't talk to me", "To stay close to her daughter",
                                "You never listen", "To be heard and understood",
                                "Leave me alone", "Room to grow without losing her mother",
                                "I just worry", "Reassurance that her daughter is safe")));
    }

    public static Vignette familySiblings() {
        return vignette("family-new-baby", Format.FAMILY, "modality.efft", Difficulty.ADVANCED,
                "The Riveras: a new baby",
                List.of(new Client("luis", "Luis", 39, "he/him", "parent"), new Client("mateo", "Mateo", 7, "he/him", "child")),
                List.of(new Turn("mateo", "Nobody plays with me anymore.", "kicks the chair")),
                List.of(single("q1", 1, "core.proximity-seeking", null, "What does Mateo's behaviour most likely seek?",
                                right("Proximity to his father", "Acting out is a bid for closeness."),
                                wrong("Independence", "He is asking for contact."),
                                wrong("Attention from peers", "His distress is about home.")),
                        multiple("q2", 2, "core.co-regulation core.safe-haven", Scoring.PARTIAL, "How can Luis help? Select all that apply.",
                                right("Get down to Mateo's level and name the feeling", "Co-regulation starts with attunement."),
                                right("Set aside short, predictable one-to-one time", "It restores a safe haven."),
                                wrong("Tell him he is too old for this", "Shame increases the distress."))));
    }

    /** Seven vignettes, in an order that is not sorted, to show the engine sorts. */
    public static Library anyLibrary() {
        return new Library(List.of(familySiblings(), coupleLateText(), individualAnxious(), coupleSundayDinner(),
                familyTeen(), individualAvoidant(), coupleMiscarriage()));
    }

    public static Selection select(String concepts, Set<Format> formats, Set<Difficulty> difficulties) {
        List<ConceptPattern> patterns = concepts.isBlank() ? List.of()
                : Arrays.stream(concepts.split(" ")).map(ConceptPattern::of).toList();
        return new Selection(patterns, formats, difficulties);
    }

    /** The acceptance example's blueprint. */
    public static QuizBlueprint anyBlueprint() {
        return blueprint(true, true);
    }

    public static QuizBlueprint blueprint(boolean shuffleQuestions, boolean shuffleOptions) {
        return new QuizBlueprint("eft-foundations-post", 1, "EFT Foundations: post-workshop knowledge check",
                "Read each vignette before answering its questions.", 80, 45, shuffleQuestions, shuffleOptions, 2,
                AttemptPolicy.BEST, List.of(
                new Section("cycle", "Reading the cycle", 4,
                        List.of(select("cycle.* position.*", Set.of(Format.COUPLE, Format.FAMILY),
                                Set.of(Difficulty.INTRODUCTORY, Difficulty.INTERMEDIATE))), List.of()),
                new Section("styles", "Attachment patterns", 3, List.of(select("style.* strategy.*", Set.of(), Set.of())), List.of()),
                new Section("core", "Always asked", null, List.of(),
                        List.of(QuestionRef.parse("couple-late-text#q1"), QuestionRef.parse("couple-late-text#q3")))));
    }
}
