/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The JDBC store on an embedded in-memory H2 database. */
class JdbcConsumedChallengeStoreH2Test extends JdbcConsumedChallengeStoreContract {
    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:consumed-challenges;DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return H2;
    }
}
