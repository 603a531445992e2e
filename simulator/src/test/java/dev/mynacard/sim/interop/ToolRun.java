/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.interop;

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
 * One finished run of an external program (an OpenSC tool): its exit code, output and wall time.
 * {@link #toString()} shows the command with PIN values blanked out, and everything it printed.
 */
public record ToolRun(List<String> command, int exitCode, String stdout, String stderr, Duration wallTime) {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * Runs {@code command} with {@code environment} added to this process's, and waits for it (a
     * minute at most, then it is killed and the test fails).
     */
    public static ToolRun run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(redacted(List.of(command)) + " did not finish within " + TIMEOUT.toSeconds() + " s");
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            return new ToolRun(List.of(command), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), wall);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** This run, which must have exited with 0. */
    public ToolRun succeeded() {
        if (exitCode != 0) {
            throw new AssertionError("expected exit code 0: " + this);
        }
        return this;
    }

    @Override
    public String toString() {
        return redacted(command) + " exited with " + exitCode + " after " + wallTime.toMillis() + " ms"
                + "\n--- stdout:\n" + stdout + "\n--- stderr:\n" + stderr;
    }

    private static String redacted(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        for (int i = 1; i < shown.size(); i++) {
            if (shown.get(i - 1).matches("--(pin|so-pin|new-pin|puk)")) {
                shown.set(i, "****");
            }
        }
        return String.join(" ", shown);
    }
}
