/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's pcscd, for the one test that kills and restarts it. The replacement is started
 * detached (its own session, output to {@code $TMPDIR/mynacard-pcscd.log}) so that it outlives the
 * test JVM: a pcscd is always left running. {@code .ci/run} stops it when it owned the original.
 */
final class Pcscd {
    static final Path PID_FILE = Path.of("/run/pcscd/pcscd.pid");
    static final Path LOG = Path.of(System.getProperty("java.io.tmpdir"), "mynacard-pcscd.log");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    /** The system property that lets a test kill and restart the machine's pcscd outside CI. */
    static final String OPT_IN = "mynacard.test.restartPcscd";

    private Pcscd() {
    }

    /**
     * Skips the test unless CI=true or the system property {@value #OPT_IN} is {@code true}: on a
     * developer's machine the pcscd may be one that other programs (a browser, the JPKI app) use,
     * and nothing here started it.
     */
    static void requireConsentToRestart() {
        Assumptions.assumeTrue("true".equals(System.getenv("CI")) || Boolean.getBoolean(OPT_IN),
                "this test kills and restarts the machine's pcscd, which it did not start: it runs only with"
                + " CI=true or -D" + OPT_IN + "=true");
    }

    /** Skips the test loudly (fails it on CI) unless this user may stop and start the machine's pcscd. */
    static void requireRestartable() {
        List<String> missing = new ArrayList<>();
        Optional<ProcessHandle> running = running();
        if (running.isEmpty()) {
            missing.add("no running pcscd named in " + PID_FILE);
        } else if (running.get().parent().map(ProcessHandle::pid).orElse(0L) == 1
                && Files.isDirectory(Path.of("/run/systemd/system"))) {
            missing.add("pcscd is managed by systemd; this test restarts only a pcscd started by hand or by .ci/run");
        }
        if (!ROOT && !succeeds("sudo", "-n", "true")) {
            missing.add("stopping and starting pcscd needs root or passwordless sudo");
        }
        PcscTestEnvironment.require(missing, "this test restarts pcscd");
    }

    /** The pcscd process named in its pid file, when it is alive. */
    static Optional<ProcessHandle> running() {
        try {
            // pcscd writes the number followed by a newline and a NUL.
            long pid = Long.parseLong(Files.readString(PID_FILE).replaceAll("[^0-9]", ""));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("pcscd")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGKILL, as a crash would: no clean-up, sockets closed by the kernel. Waits for the exit. */
    static void kill(ProcessHandle pcscd) throws Exception {
        if (ROOT) {
            pcscd.destroyForcibly();
        } else {
            run("sudo", "-n", "kill", "-KILL", Long.toString(pcscd.pid()));
        }
        pcscd.onExit().get(5, TimeUnit.SECONDS);
    }

    /**
     * Starts {@code pcscd --foreground} in a session of its own, so that it outlives this JVM, and
     * returns once its pid file names it. It still has to find its readers.
     */
    static ProcessHandle startDetached() throws Exception {
        List<String> command = new ArrayList<>(ROOT ? List.of() : List.of("sudo", "-n"));
        command.addAll(List.of("setsid", "pcscd", "--foreground"));
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .redirectErrorStream(true)
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> started = running();
            if (started.isPresent() && (started.get().pid() == process.pid() || !ROOT)) {
                return started.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("pcscd exited at once with status " + process.exitValue()
                        + "; see " + LOG);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("pcscd did not write " + PID_FILE + " within 10 s; see " + LOG);
    }

    /** Starts a pcscd unless one runs: whatever happened in the test, the machine keeps its daemon. */
    static void ensureRunning() throws Exception {
        if (running().isEmpty()) {
            startDetached();
        }
    }

    private static boolean succeeds(String... command) {
        try {
            run(command);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
