/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code main} of this test class path in a JVM of its own, with its output in files of a
 * directory, for what cannot run in the test's JVM: the phone app's process, or mynacard with an
 * environment of its own that native libraries read.
 */
final class JavaProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private JavaProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** What the process printed and how it exited. */
    record Ended(int status, String out, String err) {
    }

    static JavaProcess start(Path dir, Map<String, String> env, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                main.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, main.getSimpleName(), ".out");
        Path err = Files.createTempFile(dir, main.getSimpleName(), ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        return new JavaProcess(builder.start(), out, err);
    }

    /** Waits for the end; kills the process and fails when it runs longer than {@code bound}. */
    Ended awaitEnd(Duration bound) throws IOException, InterruptedException {
        if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + bound.toSeconds() + " s; stderr: " + stderr());
        }
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr());
    }

    /** The lines printed on stdout so far. */
    List<String> stdoutLines() throws IOException {
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    /** SIGKILL, and the end awaited. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
