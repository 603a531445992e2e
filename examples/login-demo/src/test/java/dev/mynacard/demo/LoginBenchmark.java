/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import dev.mynacard.core.login.ChallengeIssuer;
import dev.mynacard.core.login.ConsumedChallengeStore;
import dev.mynacard.core.login.InMemoryConsumedChallengeStore;
import dev.mynacard.core.login.JdbcConsumedChallengeStore;
import dev.mynacard.core.login.LoginVerifier;
import dev.mynacard.core.login.PostgresCluster;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.SimulatorPki;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A harness (not a test) measuring verified logins per second, printed as a Markdown table:
 * {@link LoginVerifier} alone (in-memory store, then the JDBC store on H2 and PostgreSQL), and the
 * demo end to end over HTTP on H2 and on PostgreSQL (POST /api/login of tokens made beforehand,
 * each answering a challenge from GET /api/challenge, signed in software by the simulated card's
 * key). Client threads share the machine with the server. Run (see docs/benchmarks-login.md):
 * {@code java -cp … dev.mynacard.demo.LoginBenchmark [logins] [client threads]}.
 */
public final class LoginBenchmark {
    private static final String ORIGIN = "https://login.example.jp";
    private static final TrustAnchors ANCHORS = TrustAnchors.jlis().withSimulator()
            .withRoot(SimulatorPki.standard().authRoot(), Hierarchy.TEST);

    private LoginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int logins = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.printf(Locale.ROOT, "%d logins per row, %d client threads, %d cores, Java %s%n%n", logins, threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| what | logins/s | µs per login (wall, all threads) |");
        System.out.println("|---|---:|---:|");
        byte[] key = ChallengeIssuer.newKey();
        ChallengeIssuer issuer = new ChallengeIssuer(key, ORIGIN);
        verifierAlone("LoginVerifier, in-memory store", issuer, new InMemoryConsumedChallengeStore(Clock.systemUTC(),
                logins * 2), logins, threads);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
        JdbcConsumedChallengeStore h2Store = new JdbcConsumedChallengeStore(h2);
        h2Store.createTable();
        verifierAlone("LoginVerifier, JDBC store on H2 (no pool)", issuer, h2Store, logins, threads);
        endToEnd("demo over HTTP, H2", Optional.empty(), logins, threads);
        try (PostgresCluster postgres = PostgresCluster.start()) {
            JdbcConsumedChallengeStore pgStore = new JdbcConsumedChallengeStore(postgres.dataSource());
            pgStore.createTable();
            verifierAlone("LoginVerifier, JDBC store on PostgreSQL (no pool)", issuer, pgStore, logins / 4, threads);
            endToEnd("demo over HTTP, PostgreSQL", Optional.of(postgres.jdbcUrl()), logins, threads);
        }
    }

    private static void verifierAlone(String what, ChallengeIssuer issuer, ConsumedChallengeStore store, int logins,
                                      int threads) throws Exception {
        LoginVerifier verifier = new LoginVerifier(issuer, store, ANCHORS);
        List<String> tokens = tokens(logins, index -> issuer.issue().value());
        report(what, logins, run(tokens, threads, token -> {
            verifier.verify(token);
            return true;
        }));
    }

    private static void endToEnd(String what, Optional<String> jdbcUrl, int logins, int threads) throws Exception {
        try (DemoServer server = DemoServer.start(new DemoOptions(0, Optional.of(ORIGIN), jdbcUrl, true, List.of()))) {
            DemoClient client = new DemoClient();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI login = URI.create("http://127.0.0.1:" + server.port() + "/api/login");
            List<String> tokens = tokens(logins, index -> {
                try {
                    return client.challenge(server);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            report(what, logins, run(tokens, threads, token -> http.send(HttpRequest.newBuilder(login)
                    .POST(HttpRequest.BodyPublishers.ofString(token)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200));
        }
    }

    private static List<String> tokens(int count, IntFunction<String> challenge) throws Exception {
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tokens.add(DemoClient.token(ORIGIN, challenge.apply(i)));
        }
        return tokens;
    }

    @FunctionalInterface
    private interface Login {
        boolean send(String token) throws Exception;
    }

    /** Sends every token once from {@code threads} threads; returns the wall time in nanoseconds. */
    private static long run(List<String> tokens, int threads, Login login) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < tokens.size(); i = next.getAndIncrement()) {
                    if (!login.send(tokens.get(i))) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            for (Future<Void> worker : pool.invokeAll(workers)) {
                worker.get();
            }
            long elapsed = System.nanoTime() - start;
            if (refused.get() > 0) {
                throw new IllegalStateException(refused.get() + " logins were refused");
            }
            return elapsed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String what, int logins, long nanos) {
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %.1f |%n", what, logins / (nanos / 1e9), nanos / 1e3 / logins);
    }
}
