package org.securebase.quiz.store;

/**
 * A trainee who takes quizzes: a counseling student or a workshop participant. Contact and
 * licence details are optional; a CE certificate prints them when present.
 *
 * @param id the trainee's id, chosen by the program (student number, e-mail, badge code)
 * @param name the name printed on reports and certificates
 * @param email optional e-mail address, null when unknown
 * @param licenceNumber optional professional licence number, null when unknown
 * @param jurisdiction optional licensing jurisdiction (state, province, country), null when unknown
 * @since 0.1
 */
public record RegisteredTrainee(String id, String name, String email, String licenceNumber, String jurisdiction) {

    /** Requires an id and a name; blank optional parts become null. */
    public RegisteredTrainee {
        Values.key(id, "trainee id");
        name = Values.text(name, "name of trainee " + id).strip();
        email = Values.optional(email);
        licenceNumber = Values.optional(licenceNumber);
        jurisdiction = Values.optional(jurisdiction);
    }

    /**
     * A trainee known by id and name only.
     *
     * @param id the trainee's id
     * @param name the trainee's name
     * @return the trainee
     */
    public static RegisteredTrainee of(String id, String name) {
        return new RegisteredTrainee(id, name, null, null, null);
    }
}
