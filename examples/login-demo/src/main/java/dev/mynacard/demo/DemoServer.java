/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mynacard.core.login.ChallengeIssuer;
import dev.mynacard.core.login.JdbcConsumedChallengeStore;
import dev.mynacard.core.login.LoginVerifier;
import dev.mynacard.core.trust.Hierarchy;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.sim.issue.SimulatorPki;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo relying party on the JDK's HTTP server, on the loopback interface: the page, its script
 * and the {@link LoginApi}. Consumed challenges go to the database ({@link JdbcConsumedChallengeStore},
 * expired rows purged every minute), sessions stay in this instance's memory (at most 10,000, 30
 * minutes each). The JDK server's own limits bound slow clients (see {@link #limitSlowClients()}).
 */
public final class DemoServer implements AutoCloseable {
    private static final String EMBEDDED_H2 = "jdbc:h2:mem:mynacard-login-demo-%d;DB_CLOSE_DELAY=-1";
    private static final int MAX_SESSIONS = 10_000;
    private static final Duration SESSION_LIFETIME = Duration.ofMinutes(30);
    private static final int WORKER_THREADS = 32;

    private final HttpServer server;
    private final HikariDataSource database;
    private final ExecutorService workers;
    private final ScheduledExecutorService purger;
    private final String origin;

    private DemoServer(HttpServer server, HikariDataSource database, ExecutorService workers,
                       ScheduledExecutorService purger, String origin) {
        this.server = server;
        this.database = database;
        this.workers = workers;
        this.purger = purger;
        this.origin = origin;
    }

    /** Starts an instance; {@link #close()} stops it. */
    public static DemoServer start(DemoOptions options) throws IOException {
        limitSlowClients();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
        String origin = options.effectiveOrigin(server.getAddress().getPort());
        HikariDataSource database = database(options.jdbcUrl().orElse(String.format(EMBEDDED_H2, System.nanoTime())));
        try {
            JdbcConsumedChallengeStore store = new JdbcConsumedChallengeStore(database);
            store.createTable();
            ChallengeIssuer challenges = new ChallengeIssuer(SharedKey.load(database), origin);
            LoginVerifier verifier = new LoginVerifier(challenges, store, anchors(options));
            LoginApi api = new LoginApi(origin, challenges, verifier,
                    new Sessions<>(MAX_SESSIONS, SESSION_LIFETIME, Clock.systemUTC()));
            server.createContext("/", route("GET", exchange -> page(exchange, "index.html", "text/html")));
            server.createContext("/app.js", route("GET", exchange -> page(exchange, "app.js", "text/javascript")));
            server.createContext("/api/challenge", route("GET", api::challenge));
            server.createContext("/api/login", route("POST", api::login));
            server.createContext("/api/me", route("GET", api::me));
            server.createContext("/api/logout", route("POST", api::logout));
            ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS);
            server.setExecutor(workers);
            ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor();
            purger.scheduleWithFixedDelay(() -> purge(store), 1, 1, TimeUnit.MINUTES);
            server.start();
            return new DemoServer(server, database, workers, purger, origin);
        } catch (SQLException | RuntimeException e) {
            database.close();
            server.stop(0);
            throw new IOException("cannot start the demo: " + e.getMessage(), e);
        }
    }

    public String origin() {
        return origin;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        purger.shutdownNow();
        workers.shutdownNow();
        database.close();
    }

    /**
     * The JDK server's limits (read once, when its first server is made): a request must arrive
     * within 10 s and its answer be taken within 10 s; at most 100 idle connections, kept 30 s.
     * Also TCP_NODELAY: without it, headers and body written apart wait for a delayed ACK (~40 ms).
     */
    private static void limitSlowClients() {
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "10"));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "10"));
        System.setProperty("sun.net.httpserver.maxIdleConnections",
                System.getProperty("sun.net.httpserver.maxIdleConnections", "100"));
        System.setProperty("sun.net.httpserver.idleInterval", System.getProperty("sun.net.httpserver.idleInterval", "30"));
    }

    private static HikariDataSource database(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(WORKER_THREADS);
        config.setConnectionTimeout(5_000);
        config.setPoolName("login-demo");
        return new HikariDataSource(config);
    }

    private static TrustAnchors anchors(DemoOptions options) throws IOException {
        TrustAnchors anchors = TrustAnchors.jlis();
        for (Path root : options.rootFiles()) {
            anchors = anchors.withRootFile(root);
        }
        if (options.trustSimulator()) {
            anchors = anchors.withSimulator().withRoot(SimulatorPki.standard().authRoot(), Hierarchy.TEST);
        }
        return anchors;
    }

    private static void purge(JdbcConsumedChallengeStore store) {
        try {
            store.purgeExpired();
        } catch (RuntimeException unavailable) {
            // tried again in a minute
        }
    }

    @FunctionalInterface
    private interface Endpoint {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One method on one exact path; anything else is 404 or 405, and the exchange is always closed. */
    private static HttpHandler route(String method, Endpoint endpoint) {
        return exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getRawPath().equals(exchange.getHttpContext().getPath())) {
                    Exchanges.error(exchange, 404, "not-found", "no such page");
                } else if (!exchange.getRequestMethod().equals(method)) {
                    exchange.getResponseHeaders().set("Allow", method);
                    Exchanges.error(exchange, 405, "method-not-allowed", "use " + method);
                } else {
                    endpoint.handle(exchange);
                }
            }
        };
    }

    private static void page(HttpExchange exchange, String name, String contentType) throws IOException {
        Exchanges.send(exchange, 200, contentType, resource(name));
    }

    private static String resource(String name) {
        try (InputStream in = DemoServer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
