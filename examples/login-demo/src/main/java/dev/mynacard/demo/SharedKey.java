/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import dev.mynacard.core.login.ChallengeIssuer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The challenge key every instance sharing the database uses, kept in table
 * {@code mynacard_demo_key}: the first instance stores a fresh one, the others read it. (A real
 * relying party would take it from its secret store; here the database is the one shared thing.)
 */
final class SharedKey {
    private static final String TABLE = "mynacard_demo_key";

    private SharedKey() {
    }

    static byte[] load(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            try (Statement create = connection.createStatement()) {
                create.executeUpdate("CREATE TABLE IF NOT EXISTS " + TABLE
                        + " (id INT NOT NULL PRIMARY KEY, challenge_key VARCHAR(100) NOT NULL)");
            }
            Optional<byte[]> stored = read(connection);
            if (stored.isPresent()) {
                return stored.get();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (id, challenge_key) VALUES (1, ?)")) {
                insert.setString(1, Base64.getEncoder().encodeToString(ChallengeIssuer.newKey()));
                insert.executeUpdate();
            } catch (SQLException raced) {
                // another instance stored its key first: use that one
            }
            return read(connection).orElseThrow(() -> new SQLException("no challenge key in " + TABLE));
        }
    }

    private static Optional<byte[]> read(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT challenge_key FROM " + TABLE + " WHERE id = 1")) {
            return row.next() ? Optional.of(Base64.getDecoder().decode(row.getString(1))) : Optional.empty();
        }
    }
}
