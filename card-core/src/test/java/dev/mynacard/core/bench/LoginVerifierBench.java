/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mynacard.core.login.ChallengeIssuer;
import dev.mynacard.core.login.ConsumedChallengeStore;
import dev.mynacard.core.login.InMemoryConsumedChallengeStore;
import dev.mynacard.core.login.JdbcConsumedChallengeStore;
import dev.mynacard.core.login.LoginVerifier;
import dev.mynacard.core.login.PostgresCluster;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.SimulatedKeys;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Verified logins per second of {@link LoginVerifier} alone (no HTTP): every token distinct, genuine
 * and accepted, with the consumed-challenge store in memory, in embedded H2, and in PostgreSQL when
 * installed (a throwaway cluster). A plain harness, not a test: run it on a quiet machine, e.g.
 * <pre>
 * mvn -q -o -pl card-core -am test-compile
 * mvn -q -o -pl card-core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp card-core/target/test-classes:card-core/target/classes:$(cat /tmp/cp.txt) \
 *     dev.mynacard.core.bench.LoginVerifierBench [tokens per run, default 20000]
 * </pre>
 * Each JDBC store gets one connection per thread, as a pool would give it. The tokens are signed
 * once, in software with the simulated card's auth key, and verified in every run against an empty
 * store (the challenges are stateless, and the clock is fixed); only verification is timed, after a
 * warm-up run.
 */
public final class LoginVerifierBench {
    private static final String ORIGIN = "https://login.example.jp";
    private static final IssuedCard CARD = DefaultCard.issue();
    private static final AtomicInteger TABLES = new AtomicInteger();

    private LoginVerifierBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        ChallengeIssuer challenges = new ChallengeIssuer(ChallengeIssuer.newKey(), ORIGIN, Duration.ofMinutes(5), clock);
        TrustAnchors anchors = TrustAnchors.jlis().withSimulator().withRoot(CARD.authRoot(), Hierarchy.TEST);
        List<String> tokens = tokens(challenges, clock, count);
        Bench bench = (store, threads) -> run(new LoginVerifier(challenges, store, anchors,
                LoginVerifier.DEFAULT_MAX_SKEW, clock), tokens, threads);
        bench.run(new InMemoryConsumedChallengeStore(clock, count), 2);

        System.out.printf(Locale.ROOT, "%d cores; %d distinct tokens per run, each run with an empty store%n",
                Runtime.getRuntime().availableProcessors(), count);
        System.out.println("| store | threads | verified logins/s |");
        System.out.println("|---|---|---|");
        table("in memory", bench, () -> new InMemoryConsumedChallengeStore(clock, count));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        table("H2 (embedded)", bench, () -> jdbc(h2, clock));
        try (PostgresCluster postgres = PostgresCluster.start()) {
            table("PostgreSQL (loopback)", bench, () -> jdbc(postgres.dataSource(), clock));
        }
    }

    private interface StoreFactory {
        ConsumedChallengeStore fresh() throws SQLException;
    }

    private interface Bench {
        double run(ConsumedChallengeStore store, int threads) throws Exception;
    }

    private static void table(String name, Bench bench, StoreFactory stores) throws Exception {
        for (int threads : new int[] {1, 2, 4}) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f |%n", name, threads, bench.run(stores.fresh(), threads));
        }
    }

    private static double run(LoginVerifier verifier, List<String> tokens, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int index = next.getAndIncrement(); index < tokens.size(); index = next.getAndIncrement()) {
                        verifier.verify(tokens.get(index));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return tokens.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Genuine tokens for fresh challenges, signed (in parallel) as the card would sign them. */
    private static List<String> tokens(ChallengeIssuer challenges, Clock clock, int count) {
        PrivateKey key = SimulatedKeys.auth(CARD);
        JWSHeader header;
        try {
            header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .x509CertChain(List.of(Base64.encode(CARD.authCertificate().getEncoded()))).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Date now = Date.from(clock.instant());
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(ORIGIN)
                    .claim("nonce", challenges.issue().value()).issueTime(now)
                    .expirationTime(new Date(now.getTime() + 120_000)).jwtID("bench-" + i).build();
            SignedJWT token = new SignedJWT(header, claims);
            try {
                token.sign(new RSASSASigner(key));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return token.serialize();
        }).toList();
    }

    /** A fresh table, reached through one connection per thread (as from a pool). */
    private static ConsumedChallengeStore jdbc(DataSource database, Clock clock) throws SQLException {
        String table = "bench_" + TABLES.incrementAndGet();
        JdbcConsumedChallengeStore store = new JdbcConsumedChallengeStore(new PerThread(database), table, clock);
        store.createTable();
        return store;
    }

    /** Hands each thread its own connection, kept open (closing it does nothing): a pool in a few lines. */
    private static final class PerThread implements DataSource {
        private final DataSource database;
        private final ThreadLocal<Connection> connections = new ThreadLocal<>();

        PerThread(DataSource database) {
            this.database = database;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = connections.get();
            if (connection == null) {
                Connection real = database.getConnection();
                connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("close")) {
                                return null;
                            }
                            try {
                                return method.invoke(real, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                connections.set(connection);
            }
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
