/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Used challenges in a SQL database, shared by every server of a relying party: a token accepted by
 * one is refused by the others. Plain JDBC and portable SQL (tested with PostgreSQL and H2); the
 * application brings the driver and the {@link DataSource} (a connection pool, preferably).
 *
 * <p>The table ({@link #createTable()} creates it; or create it yourself):
 * <pre>
 * CREATE TABLE IF NOT EXISTS mynacard_consumed_challenge (
 *     challenge  VARCHAR(128) NOT NULL PRIMARY KEY,
 *     keep_until BIGINT       NOT NULL  -- seconds since the epoch
 * );
 * CREATE INDEX IF NOT EXISTS mynacard_consumed_challenge_keep_until
 *     ON mynacard_consumed_challenge (keep_until);
 * </pre>
 *
 * <p>{@link #consume} is one {@code INSERT} in its own transaction (auto-commit): the primary key
 * decides, so of any number of concurrent inserts of one challenge, on any server, exactly one
 * succeeds and the others fail with a unique-key violation (SQLState {@code 23505}; {@code 23000} on
 * databases without the specific code), which means "used before". Nothing is read first, so no
 * lock or isolation level is needed. Call {@link #purgeExpired()} now and then (e.g. every few
 * minutes from a scheduled task); rows past their keep-until time are no longer needed, since the
 * verifier refuses an expired challenge before it looks here.
 */
public final class JdbcConsumedChallengeStore implements ConsumedChallengeStore {
    public static final String DEFAULT_TABLE = "mynacard_consumed_challenge";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INTEGRITY_VIOLATION = "23000";

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;

    /** The table {@value #DEFAULT_TABLE}, the system clock. */
    public JdbcConsumedChallengeStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, Clock.systemUTC());
    }

    /** @param table an unquoted SQL identifier (letters, digits, underscores) */
    public JdbcConsumedChallengeStore(DataSource dataSource, String table, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("the table name must be a plain SQL identifier");
        }
        this.table = table;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the table and its index unless they exist (the DDL above). */
    public void createTable() {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + table
                    + " (challenge VARCHAR(128) NOT NULL PRIMARY KEY, keep_until BIGINT NOT NULL)");
            statement.executeUpdate("CREATE INDEX IF NOT EXISTS " + table + "_keep_until ON " + table + " (keep_until)");
        } catch (SQLException e) {
            throw new ChallengeStoreException("cannot create table " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean consume(String challenge, Instant keepUntil) {
        LoginFormat.requireChallenge(challenge);
        try (Connection connection = connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + table + " (challenge, keep_until) VALUES (?, ?)")) {
            insert.setString(1, challenge);
            insert.setLong(2, keepUntil.getEpochSecond());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || INTEGRITY_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new ChallengeStoreException("cannot record the challenge in " + table + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the rows whose keep-until time has passed; returns how many. */
    public int purgeExpired() {
        try (Connection connection = connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE keep_until <= ?")) {
            delete.setLong(1, clock.instant().getEpochSecond());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new ChallengeStoreException("cannot purge " + table + ": " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
