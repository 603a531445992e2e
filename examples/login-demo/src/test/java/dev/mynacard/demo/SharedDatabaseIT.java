/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.core.login.PostgresCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two demo instances behind one public origin, sharing one PostgreSQL (a throwaway cluster): a
 * challenge is good at either instance, once across both.
 */
class SharedDatabaseIT {
    private static final String ORIGIN = "https://login.example.jp";

    private static PostgresCluster postgres;
    private static DemoServer a;
    private static DemoServer b;

    private final DemoClient client = new DemoClient();

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresCluster.start();
        a = instance();
        b = instance();
    }

    private static DemoServer instance() throws Exception {
        return DemoServer.start(new DemoOptions(0, Optional.of(ORIGIN), Optional.of(postgres.jdbcUrl()), true, List.of()));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, postgres}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void aTokenAcceptedByOneInstanceIsAReplayAtTheOther() throws Exception {
        String token = DemoClient.token(ORIGIN, client.challenge(a));
        DemoClient.Answer accepted = client.login(a, token);
        assertEquals(200, accepted.status(), accepted.body().toString());
        DemoClient.Answer replayed = client.login(b, token);
        assertEquals(401, replayed.status());
        assertEquals("replay", replayed.errorCode());
    }

    @Test
    void aChallengeIssuedByOneInstanceIsRedeemedAtTheOtherOnce() throws Exception {
        String token = DemoClient.token(ORIGIN, client.challenge(a));
        DemoClient.Answer redeemed = client.login(b, token);
        assertEquals(200, redeemed.status(), redeemed.body().toString());
        assertEquals("replay", client.login(a, token).errorCode());
        assertEquals("replay", client.login(b, token).errorCode());
    }

    @Test
    void ofTheSameTokenSentToBothInstancesAtOnceExactlyOneLogsIn() throws Exception {
        for (int round = 0; round < 5; round++) {
            String token = DemoClient.token(ORIGIN, client.challenge(round % 2 == 0 ? a : b));
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                DemoServer server = i % 2 == 0 ? a : b;
                attempts.add(() -> client.login(server, token).status());
            }
            ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
            try {
                int accepted = 0;
                for (Future<Integer> status : pool.invokeAll(attempts)) {
                    accepted += status.get() == 200 ? 1 : 0;
                }
                assertEquals(1, accepted, "round " + round);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
