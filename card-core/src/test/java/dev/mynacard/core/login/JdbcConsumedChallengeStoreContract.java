/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.login.LoginRejectedException.Code;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The behaviour every database must show under {@link JdbcConsumedChallengeStore}; one subclass per database. */
abstract class JdbcConsumedChallengeStoreContract {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final String A = "challenge-a-challenge-a";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00Z"));
    private String table;
    private JdbcConsumedChallengeStore store;

    /** The database under test; tables are created per test, with names of their own. */
    abstract DataSource dataSource();

    @BeforeEach
    void freshTable() {
        table = "consumed_" + TABLES.incrementAndGet();
        store = new JdbcConsumedChallengeStore(dataSource(), table, clock);
        store.createTable();
    }

    @Test
    void aChallengeIsConsumedOnce() {
        assertTrue(store.consume(A, clock.instant().plusSeconds(60)));
        assertFalse(store.consume(A, clock.instant().plusSeconds(60)));
        assertEquals(1, rows());
    }

    @Test
    void theDatabaseReportsADuplicateAsSqlState23505AndTheStoreAsAReplay() throws Exception {
        insert(A);
        SQLException duplicate = assertThrows(SQLException.class, () -> insert(A));

        assertEquals("23505", duplicate.getSQLState(), duplicate.getMessage());
        assertFalse(store.consume(A, clock.instant().plusSeconds(60)));
    }

    @Test
    void purgeDeletesOnlyRowsPastTheirTime() {
        store.consume(A, clock.instant().plusSeconds(60));
        store.consume("challenge-b-challenge-b", clock.instant().plusSeconds(120));
        clock.advance(Duration.ofSeconds(60));

        assertEquals(1, store.purgeExpired());
        assertEquals(1, rows());
        assertTrue(store.consume(A, clock.instant().plusSeconds(60)), "forgotten after its time");
    }

    @Test
    void creatingTheTableTwiceIsHarmless() {
        store.createTable();
        assertTrue(store.consume(A, clock.instant().plusSeconds(60)));
    }

    @Test
    void manyThreadsConsumingOneChallengeSucceedExactlyOnce() throws Exception {
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            attempts.add(() -> store.consume(A, Instant.parse("2026-11-26T09:31:00Z")));
        }

        assertEquals(1, LoginFixtures.acceptedConcurrently(attempts));
        assertEquals(1, rows());
    }

    @Test
    void aMissingTableIsAStoreFailureNotAReplay() {
        JdbcConsumedChallengeStore missing = new JdbcConsumedChallengeStore(dataSource(), table + "_missing", clock);

        assertThrows(ChallengeStoreException.class, () -> missing.consume(A, clock.instant().plusSeconds(60)));
        assertThrows(ChallengeStoreException.class, missing::purgeExpired);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1table", "t; DROP TABLE users", "t\"", "schema.table"})
    void tableNamesArePlainIdentifiers(String name) {
        assertThrows(IllegalArgumentException.class, () -> new JdbcConsumedChallengeStore(dataSource(), name, clock));
    }

    @Test
    void serversSharingTheDatabaseAcceptATokenOnceAndRedeemEachOthersChallenges() throws Exception {
        ChallengeIssuer issuerA = new ChallengeIssuer(LoginFixtures.KEY, LoginFixtures.ORIGIN, Duration.ofMinutes(5), clock);
        ChallengeIssuer issuerB = new ChallengeIssuer(LoginFixtures.KEY.clone(), LoginFixtures.ORIGIN,
                Duration.ofMinutes(5), clock);
        LoginVerifier serverA = server(issuerA);
        LoginVerifier serverB = server(issuerB);
        String token = token(issuerA.issue().value());

        serverA.verify(token);
        LoginVerifierTest.assertRejected(Code.REPLAY, () -> serverB.verify(token));

        String fromA = token(issuerA.issue().value());
        serverB.verify(fromA);
        LoginVerifierTest.assertRejected(Code.REPLAY, () -> serverA.verify(fromA));
    }

    private LoginVerifier server(ChallengeIssuer issuer) {
        JdbcConsumedChallengeStore shared = new JdbcConsumedChallengeStore(dataSource(), table, clock);
        return new LoginVerifier(issuer, shared, LoginVerifierTest.SIMULATOR, Duration.ofSeconds(60), clock);
    }

    private String token(String challenge) throws Exception {
        return TestTokens.login(LoginVerifierTest.AUTH, LoginFixtures.ORIGIN, challenge, clock.instant())
                .signRs256(LoginVerifierTest.AUTH_KEY);
    }

    private void insert(String challenge) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + table + " (challenge, keep_until) VALUES (?, 0)")) {
            insert.setString(1, challenge);
            insert.executeUpdate();
        }
    }

    private int rows() {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
