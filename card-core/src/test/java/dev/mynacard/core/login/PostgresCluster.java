/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL cluster for one test class, from the Debian package's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}): initdb into a temporary directory, started on a free
 * loopback port with its socket in that directory, stopped and deleted on {@link #close()}. As
 * root, every step runs as the {@code postgres} user ({@code runuser}), since PostgreSQL refuses to
 * run as root. Without the binaries the test is skipped loudly, or fails when {@code CI=true}.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final Path VERSIONS = Path.of("/usr/lib/postgresql");
    private static final String USER = "mynacard";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path directory;
    private final int port;

    private PostgresCluster(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    public static PostgresCluster start() throws Exception {
        Path bin = binaries();
        Path directory = Files.createTempDirectory("mynacard-postgres");
        int port = freePort();
        PostgresCluster cluster = new PostgresCluster(bin, directory, port);
        try {
            if (ROOT) {
                UserPrincipalLookupService users = directory.getFileSystem().getUserPrincipalLookupService();
                UserPrincipal postgres = users.lookupPrincipalByName("postgres");
                Files.setOwner(directory, postgres);
            }
            cluster.run("initdb", "-D", cluster.data(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-sync");
            cluster.run("pg_ctl", "-D", cluster.data(), "-l", directory.resolve("server.log").toString(), "-w",
                    "-t", "60", "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1"
                            + " -c fsync=off -c max_connections=200", "start");
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName("postgres");
        source.setUser(USER);
        return source;
    }

    /** The JDBC URL of the same database, for programs that take a URL (e.g. the login demo). */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(directory.resolve("data").resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(program + " did not finish within 90 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail(program + " failed (exit " + process.exitValue() + "): " + output);
        }
    }

    /** The newest installed version's bin directory; skips (or fails on CI) without one. */
    private static Path binaries() throws IOException {
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(VERSIONS)) {
            try (Stream<Path> versions = Files.list(VERSIONS)) {
                newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(PostgresCluster::majorVersion));
            }
        }
        if (newest.isEmpty()) {
            String message = "PostgreSQL is not installed (no " + VERSIONS + "/*/bin/initdb; apt-get install postgresql)";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, so this must not be skipped: " + message);
            }
            System.err.println();
            System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            System.err.println("!!! SKIPPING POSTGRESQL TESTS OF THE JDBC CHALLENGE STORE");
            System.err.println("!!! " + message);
            System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            System.err.println();
            Assumptions.abort(message);
        }
        return newest.get();
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
