package org.securebase.scenarios.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word lists and the sentences made from them. Every sentence fills six or more independent
 * slots, so two generated transcripts practically never share a sentence (the
 * {@code transcript-overlap} lint compares sentences across files).
 */
final class Words {
    static final List<String> FIRST_NAMES = List.of("Ana", "Ben", "Carla", "Dev", "Elif", "Femi", "Grace", "Hiro",
            "Ines", "Jonah", "Kemal", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara",
            "Uma", "Viktor", "Wen", "Yara", "Zoe", "Aiden", "Bea", "Caleb", "Dara", "Emeka");
    static final List<String> SURNAMES = List.of("Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Novak", "Haddad",
            "Brennan", "Costa", "Mehta", "Fischer", "Adeyemi", "Kowalski", "Sato", "Olsen", "Duarte");
    static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them");

    private static final List<String> OPENERS = List.of("Honestly,", "I think", "The thing is,", "Sometimes", "Lately",
            "To be fair,", "I guess", "Every time", "When it happens,", "If I'm honest,", "Last week", "Most nights",
            "On Sundays", "After work", "Before the holidays", "Since the move", "At dinner", "In the car",
            "On the phone", "Whenever we argue");
    private static final List<String> SUBJECTS = List.of("I", "you", "we", "my mother", "my father", "my sister",
            "my brother", "my partner", "the kids", "our neighbour", "my boss", "my friend", "the baby", "my grandmother",
            "our eldest", "my ex", "the teacher", "my cousin", "our youngest", "my uncle");
    private static final List<String> VERBS = List.of("go quiet about", "keep asking about", "pull away from",
            "get angry about", "pretend not to care about", "wait for", "worry about", "avoid talking about",
            "joke about", "shut the door on", "cry about", "check the phone for", "lose sleep over", "apologise for",
            "hold back from", "push hard for", "give up on", "ask again about", "feel shut out of", "brace for");
    private static final List<String> OBJECTS = List.of("the dishes", "the money", "the weekend plans", "the text messages",
            "the school reports", "the holiday", "the late shifts", "the phone bill", "the car keys", "the birthday party",
            "the garden", "the football match", "the hospital visit", "the new job", "the rent", "the dog",
            "the bedtime routine", "the wedding", "the group chat", "the broken window", "the piano lessons",
            "the Christmas visit", "the night out", "the unpaid invoice", "the moving boxes");
    private static final List<String> MANNERS = List.of("without saying a word", "for hours", "again and again",
            "in front of everyone", "as if nothing happened", "until someone notices", "while the kettle boils",
            "before anyone wakes up", "the moment I get home", "halfway through the film", "in a flat voice",
            "with the door half open", "over and over", "with my jaw clenched", "right before bed",
            "as soon as the kids leave", "in the middle of dinner", "at the worst possible time",
            "while pretending to read", "the whole drive back");
    private static final List<String> ENDINGS = List.of("and nobody asks why", "and I feel so alone",
            "and then it all blows up", "and I just want someone to notice", "and it never gets better",
            "and I hate that about myself", "and I don't know what to do", "and nothing changes",
            "and I end up apologising", "and the silence lasts days", "and I feel invisible", "and my chest goes tight",
            "and I start counting the days", "and everyone pretends it's fine", "and I wish I could stop",
            "and part of me wants to run", "and it scares me", "and I'm tired of it", "and it feels hopeless",
            "and I miss how it used to be");

    private static final List<String> THERAPIST_OPENERS = List.of("Mm.", "Okay.", "Slow down.", "Stay there.",
            "Let's pause.", "I see.", "Hold on.", "Right.", "Go gently.", "Thank you.");
    private static final List<String> THERAPIST_ASKS = List.of("What happens inside you", "What do you feel in your body",
            "What goes through your mind", "What do you most need", "What is it like for you",
            "What do you tell yourself", "Where do you feel it", "What would you want to say",
            "What do you notice", "What is the hardest part");
    private static final List<String> THERAPIST_WHENS = List.of("when the room goes quiet", "when you hear that",
            "when the door closes", "when the phone stays silent", "when the voice gets louder",
            "when nobody reaches for you", "when the plans fall through", "when you are left waiting",
            "when the argument starts", "when you come home late", "when the questions begin",
            "when you feel dismissed", "when you try to reach out", "when the tears come",
            "when nobody answers");
    private static final List<String> THERAPIST_TAILS = List.of("right now", "in this moment", "as you say it",
            "even a little", "as we sit here", "if you let yourself", "underneath the anger",
            "beneath the silence", "just for a second", "before the shutting down");

    private static final List<String> NONVERBAL = List.of("looks at the floor", "voice cracks", "crosses arms",
            "leans forward", "long pause", "laughs briefly", "turns away", "wipes eyes", "taps foot", "sighs deeply");

    private static final List<String> BACKGROUND_PEOPLE = List.of("works long hours in a hospital", "has just started a new job",
            "recently moved back to the city", "cares for an ageing parent", "runs a small bakery",
            "is finishing a nursing degree", "drives for a delivery firm", "teaches at a primary school",
            "has been off work since an injury", "manages a busy call centre", "studies part time at night",
            "works shifts at a warehouse");
    private static final List<String> BACKGROUND_EVENTS = List.of("a missed anniversary", "a move to a smaller flat",
            "the birth of a second child", "a redundancy", "a long illness in the family", "an affair discovered last year",
            "a house move across the country", "a parent's death", "mounting debts", "a child's school exclusion",
            "a car accident", "a failed business");
    private static final List<String> BACKGROUND_REFERRALS = List.of("a family doctor", "a school counsellor",
            "a friend who had therapy", "an employee assistance programme", "a community health centre",
            "a previous therapist", "their church", "a parenting course");

    private static final List<String> ACTIONS = List.of("reflects", "validates", "slows down", "names", "tracks",
            "reframes", "heightens", "explores", "summarises", "normalises", "follows", "contains");
    private static final List<String> TARGETS = List.of("the client's fear of being left", "the partner's withdrawal",
            "the anger on the surface", "the longing underneath", "the cycle between them", "the sudden silence",
            "the protest behavior", "the need for reassurance", "the shame that follows", "the moment of contact",
            "the hurt from the past", "the child's distress", "the parent's worry", "the repair attempt");
    private static final List<String> PURPOSES = List.of("to build safety first", "to deepen the emotion",
            "to keep the alliance", "to slow the escalation", "to invite a new response", "to make the need explicit",
            "to link past and present", "to stay within tolerance", "to name the pattern", "to support repair");

    private Words() {
    }

    static <T> T pick(List<T> from, SplittableRandom r) {
        return from.get(r.nextInt(from.size()));
    }

    /** A client's sentence: six independent slots. */
    static String clientSentence(SplittableRandom r) {
        String s = pick(OPENERS, r) + " " + pick(SUBJECTS, r) + " " + pick(VERBS, r) + " " + pick(OBJECTS, r) + " "
                + pick(MANNERS, r) + " " + pick(ENDINGS, r);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (r.nextInt(5) == 0 ? "!" : ".");
    }

    /**
     * A therapist's turn: a short opener (too short for the overlap lint to count), then a
     * question of six independent slots.
     */
    static String therapistTurn(SplittableRandom r) {
        return pick(THERAPIST_OPENERS, r) + " " + pick(THERAPIST_ASKS, r) + " " + pick(THERAPIST_WHENS, r) + " and "
                + pick(SUBJECTS, r) + " " + pick(VERBS, r) + " " + pick(OBJECTS, r) + ", " + pick(THERAPIST_TAILS, r) + "?";
    }

    static String nonverbal(SplittableRandom r) {
        return pick(NONVERBAL, r);
    }

    static String backgroundParagraph(String name, SplittableRandom r) {
        return name + " " + pick(BACKGROUND_PEOPLE, r) + ". The last year brought " + pick(BACKGROUND_EVENTS, r) + " and "
                + pick(BACKGROUND_EVENTS, r) + ", and arguments about " + pick(OBJECTS, r) + " now end " + pick(MANNERS, r)
                + ". The referral came through " + pick(BACKGROUND_REFERRALS, r) + ".";
    }

    /** An option text of a choice question: roughly the same length every time. */
    static String option(SplittableRandom r) {
        return "The therapist " + pick(ACTIONS, r) + " " + pick(TARGETS, r) + " " + pick(PURPOSES, r);
    }

    static String step(SplittableRandom r) {
        String action = pick(ACTIONS, r);
        return Character.toUpperCase(action.charAt(0)) + action.substring(1) + " " + pick(TARGETS, r);
    }

    static String target(SplittableRandom r) {
        return pick(TARGETS, r);
    }

    static String purpose(SplittableRandom r) {
        return pick(PURPOSES, r);
    }
}
