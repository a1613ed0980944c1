package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.START;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyQuiz;
import static org.securebase.quiz.store.StoreFixtures.anyResponse;
import static org.securebase.quiz.store.StoreFixtures.anyTrainee;
import static org.securebase.quiz.store.StoreFixtures.question;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roles {@code db roles} prints, created on a real PostgreSQL: the delivery role runs a
 * sitting through the store, and the server itself refuses it a rescore, a revocation and an
 * erasure, each reported as one clear message; the instructor role may do all three.
 */
class ServerRolesTest {
    private static final AtomicInteger ROLES = new AtomicInteger();

    private StoreLocation.Server owner;
    private String delivery;
    private String instructor;
    private long passed;

    @BeforeEach
    void createRoles() throws SQLException {
        assumeFalse(TestPostgres.named(), "the named server logs in with passwords, which these new roles lack");
        owner = TestPostgres.shared().freshDatabase();
        String suffix = ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        delivery = "sb_delivery_" + suffix;
        instructor = "sb_instructor_" + suffix;
        try (ResultStore store = ResultStore.open(owner, System.getenv())) {
            store.saveQuiz(anyQuiz(QUIZ));
            store.saveTrainee(anyTrainee("t1"));
            passed = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 3)).id();
            store.recordCertificate(new StandingCertificate("SB-2026-0001", "7KQ2-M9XD", "t1", "ce-attach-2026", QUIZ,
                    passed, START.plusSeconds(3600), "name=Trainee t1", "sig:abc"));
        }
        try (Connection c = TestPostgres.connect(owner); Statement s = c.createStatement()) {
            s.execute(ServerRoles.sql(owner.database(), delivery, instructor));
        }
    }

    @AfterEach
    void dropRoles() throws SQLException {
        if (delivery == null) {
            return;
        }
        try (Connection c = TestPostgres.connect(owner); Statement s = c.createStatement()) {
            s.execute("DROP OWNED BY " + delivery + ", " + instructor);
            s.execute("DROP ROLE " + delivery + ", " + instructor);
        }
    }

    private ResultStore as(String role) {
        return ResultStore.open(new StoreLocation.Server(owner.host(), owner.port(), owner.database(), role),
                System.getenv());
    }

    @Test
    void theDeliveryRoleSitsAnswersAndSubmits() {
        try (ResultStore store = as(delivery)) {
            store.saveTrainee(anyTrainee("t2"));
            long id = store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START).id();
            store.recordResponse(id, anyResponse(0));
            store.recordResponse(id, anyResponse(1));
            store.recordResponse(id, anyResponse(1));
            store.submit(id, new Submission(START.plusSeconds(600), Map.of(question(0), 1.0, question(1), 0.0),
                    StoredScore.of(1, 2, false), true));
            assertEquals(List.of(), store.rescoresOf(QUIZ));
            assertEquals(2, store.attemptsOf(QUIZ).size());
        }
    }

    @Test
    void theServerRefusesTheDeliveryRoleARescoreARevocationAndAnErasure() {
        try (ResultStore store = as(delivery)) {
            List<StoreException> refused = new ArrayList<>();
            refused.add(assertThrows(StoreException.class, () -> store.rescore(new Rescore(QUIZ, question(1),
                    RescoreKind.VOID, "B", null, "flawed", START.plusSeconds(86_400),
                    List.of(new AttemptRescore(passed, Map.of(question(1), 1.0), StoredScore.of(3, 3, true)))))));
            refused.add(assertThrows(StoreException.class,
                    () -> store.revokeCertificate("SB-2026-0001", "issued in error", START.plusSeconds(7200))));
            refused.add(assertThrows(StoreException.class, () -> store.erase("t1", ResultStore.newPseudonym(),
                    Map.of(passed, "K7Q"), "request", START.plusSeconds(9000))));
            for (StoreException e : refused) {
                assertEquals(StoreException.Kind.REFUSED, e.kind(), e.getMessage());
                assertTrue(e.getMessage().contains("PostgreSQL does not allow the role " + delivery), e.getMessage());
                assertTrue(e.getMessage().endsWith("nothing was changed"), e.getMessage());
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            }
        }
        try (ResultStore store = as(instructor)) {
            assertTrue(store.certificate("SB-2026-0001").orElseThrow() instanceof StandingCertificate);
            assertTrue(store.trainee("t1").isPresent());
        }
    }

    @Test
    void theInstructorRoleRescoresRevokesAndErases() {
        try (ResultStore store = as(instructor)) {
            store.rescore(new Rescore(QUIZ, question(1), RescoreKind.VOID, "B", null, "flawed", START.plusSeconds(86_400),
                    List.of(new AttemptRescore(passed, Map.of(question(1), 1.0), StoredScore.of(3, 3, true)))));
            store.revokeCertificate("SB-2026-0001", "issued in error", START.plusSeconds(90_000));
            StoreFixtures.erase(store, "t1", "request", START.plusSeconds(95_000));
            assertTrue(store.trainee("t1").isEmpty());
        }
    }

    @Test
    void everyTableIsEitherGrantedToDeliveryOrDeniedToIt() throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = TestPostgres.connect(owner); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = 'public'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        TreeSet<String> decided = new TreeSet<>(ServerRoles.DELIVERY_DENIED);
        ServerRoles.DELIVERY_GRANTS.forEach(g -> decided.add(g.substring(g.lastIndexOf(' ') + 1)));
        assertEquals(tables, decided, "a new table needs a decision in ServerRoles: may the delivery role touch it?");
    }

    @Test
    void refusesANameThatWouldNeedQuoting() {
        StoreException e = assertThrows(StoreException.class, () -> ServerRoles.sql("results", "Delivery; DROP", "x"));
        assertTrue(e.getMessage().contains("is not a plain PostgreSQL name"), e.getMessage());
    }
}
