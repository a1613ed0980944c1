package org.securebase.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.course.Course;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.usecase.DeliverAttempt;
import org.securebase.usecase.ExtendTime;
import org.securebase.usecase.IssueCertificates;
import org.securebase.usecase.ReportScore;
import org.securebase.usecase.WatchRoom;
import org.securebase.usecase.Workspace;

/**
 * The one door from the web interface into the kit: each method hands one request's work to one
 * use case (delivering an attempt, the instructor's watch of the room, a trainee's score report,
 * a trainee's certificate) for the quiz served, and holds no rules of its own. Every read it
 * offers a trainee's page is of that trainee alone.
 *
 * @since 0.2
 */
public final class Delivery {
    /** The organisation named on a score report when the quiz is not a course's. */
    static final String DEFAULT_SPONSOR = "SecureBase";
    /** Who the store records as granting extra time: whoever holds the instructor token. */
    static final String GRANTED_BY = "instructor";

    private final DeliverAttempt attempts;
    private final WatchRoom room;
    private final ExtendTime extensions;
    private final ReportScore reports;
    private final IssueCertificates certificates;
    private final Quiz quiz;
    private final Course course;

    /**
     * Freezes the quiz into the store (freezing it again changes nothing).
     *
     * @param attempts delivery over the workspace's open store, which the caller closes
     * @param workspace the same workspace, for reports and certificates
     * @param clock the server's clock, the one that enforces time limits
     * @param quiz the quiz to deliver
     * @param course the course whose quiz it is, for its certificates; null when it is no course's
     */
    public Delivery(DeliverAttempt attempts, Workspace workspace, Clock clock, Quiz quiz, Course course) {
        this.attempts = Checks.present(attempts, "delivery");
        this.room = attempts.room();
        this.extensions = attempts.extendTime();
        this.reports = new ReportScore(workspace, clock);
        this.certificates = new IssueCertificates(workspace, clock);
        this.quiz = attempts.freeze(quiz);
        this.course = course;
    }

    /** @return the quiz delivered */
    public Quiz quiz() {
        return quiz;
    }

    /** @return the time on the server's clock, the one that enforces time limits */
    public Instant now() {
        return attempts.now();
    }

    /**
     * Registers the trainee (or updates their details) and resumes their attempt in progress or
     * starts their next one; see {@link DeliverAttempt#sit}.
     *
     * @param who the trainee as they joined
     * @return the sitting
     * @throws org.securebase.quiz.delivery.NoAttemptsLeftException when every allowed attempt is used
     */
    public Sitting join(Joiner who) {
        return attempts.sit(new DeliverAttempt.Seat(quiz, who.id(), who.name(), who.email(), who.licenceNumber()));
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee's name, if they are registered
     */
    public Optional<String> nameOf(String traineeId) {
        return attempts.nameOf(traineeId);
    }

    /**
     * @param ref a question of the quiz
     * @return the question as written, for dispatching on its type (never shown: it holds the key)
     */
    public Question question(QuestionRef ref) {
        return quiz.question(ref).question();
    }

    /**
     * @param sitting a sitting
     * @param ref a question of it
     * @param written a written position of an option, item or right side
     * @return the letter it is shown under in the sitting's variant
     */
    public String letterOf(Sitting sitting, QuestionRef ref, int written) {
        return sitting.variant().letterOf(ref, written);
    }

    /** @return the choice answer the letters give in the sitting's variant */
    public Answer choose(Sitting sitting, QuestionRef ref, List<String> letters) {
        return sitting.variant().choose(ref, letters);
    }

    /** @return the order answer the letters, first to last, give in the sitting's variant */
    public Answer order(Sitting sitting, QuestionRef ref, List<String> letters) {
        return sitting.variant().order(ref, letters);
    }

    /** @return the matching answer the letter chosen per left side gives in the sitting's variant */
    public Answer match(Sitting sitting, QuestionRef ref, Map<Integer, String> letters) {
        return sitting.variant().match(ref, letters);
    }

    /** Records an answer given in written positions; see {@link DeliverAttempt#answer}. */
    public Sitting answer(Sitting sitting, QuestionRef ref, Answer answer) {
        return attempts.answer(sitting, ref, answer);
    }

    /** Clears an answer; see {@link DeliverAttempt#clear}. */
    public Sitting clear(Sitting sitting, QuestionRef ref) {
        return attempts.clear(sitting, ref);
    }

    /**
     * Grants the trainee's attempt in progress more time; see {@link ExtendTime#grant}.
     *
     * @param traineeId a trainee with an attempt in progress
     * @param minutes the minutes to add
     * @return their sitting with the new deadline
     */
    public Sitting extend(String traineeId, int minutes) {
        return extensions.grant(quiz.id(), traineeId, minutes, GRANTED_BY);
    }

    /** The sitting with the time extension stored for its attempt now; see {@link DeliverAttempt#current}. */
    public Sitting current(Sitting sitting) {
        return attempts.current(sitting);
    }

    /** Submits and scores the sitting; see {@link DeliverAttempt#submit}. */
    public ScoredAttempt submit(Sitting sitting) {
        return attempts.submit(sitting);
    }

    /**
     * @param traineeId a trainee
     * @return their latest submitted attempt at the quiz, read for them alone
     */
    public Optional<ScoredAttempt> lastSubmitted(String traineeId) {
        return attempts.latestSubmitted(quiz.id(), traineeId);
    }

    /**
     * @param attempt a scored attempt
     * @return the quiz as that attempt's variant showed it
     */
    public DeliveredQuiz delivered(ScoredAttempt attempt) {
        return DeliveredQuiz.of(quiz, attempt.header().variant());
    }

    /** @return every submitted attempt at the quiz, scored, for the instructor */
    public List<ScoredAttempt> submitted() {
        return room.submitted(quiz.id());
    }

    /** @return the item analysis over the attempts that count (at least two needed) */
    public ItemAnalysis analysis() {
        return room.analysis(quiz.id());
    }

    /** @return whether the quiz is a course's, so a trainee who passed it may download a certificate */
    public boolean certifies() {
        return course != null;
    }

    /**
     * The trainee's score report, as {@code securebase report} writes it.
     *
     * @param traineeId the trainee, who must have submitted
     * @return the PDF
     */
    public byte[] scoreReport(String traineeId) {
        return reports.pdf(quiz.id(), traineeId, course == null ? DEFAULT_SPONSOR : course.sponsor().name());
    }

    /**
     * The trainee's signed certificate, issued as {@code securebase certificates} issues it (or
     * the one they already hold).
     *
     * @param traineeId the trainee
     * @return the PDF; empty when the quiz is no course's or the trainee has not passed it
     */
    public Optional<byte[]> certificate(String traineeId) {
        return course == null ? Optional.empty() : certificates.issueTo(course, quiz.id(), traineeId);
    }
}
