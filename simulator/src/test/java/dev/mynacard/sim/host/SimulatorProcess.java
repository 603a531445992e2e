/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's command line ({@link SimulatorMain}, the executable jar's main class) in a JVM
 * of its own, on this JVM's class path, so that a test can stop it the way a user does (SIGTERM)
 * or kill it (SIGKILL).
 */
public final class SimulatorProcess implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> stdoutLines = new LinkedBlockingQueue<>();

    private SimulatorProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::collectStdout, "simulator stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java … SimulatorMain args}; its stderr goes to a file in {@code dir}. */
    public static SimulatorProcess start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dir, "simulator", ".err");
        Process process = new ProcessBuilder(command)
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        return new SimulatorProcess(process, stderr);
    }

    private void collectStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                stdoutLines.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    /** The next line the simulator prints on stdout; fails after {@code timeout}. */
    public String nextLine(Duration timeout) throws InterruptedException, IOException {
        String line = stdoutLines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("the simulator printed nothing within " + timeout.toSeconds() + " s"
                    + (process.isAlive() ? "" : "; it exited with " + process.exitValue()) + "; stderr:\n" + stderr());
        }
        return line;
    }

    /** Stops it as Ctrl-C or {@code kill} does (SIGTERM) and returns its exit code. */
    public int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    /** Kills it at once (SIGKILL): no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit();
    }

    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the simulator did not end within " + STOP_WAIT.toSeconds() + " s");
        }
        return process.exitValue();
    }

    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
