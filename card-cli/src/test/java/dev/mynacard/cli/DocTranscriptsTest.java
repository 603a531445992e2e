/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI transcript in README.md and docs/*.md is real output of the simulated card.
 *
 * <p>The convention (also stated in docs/cli.md):
 * <ul>
 *   <li>A transcript is a fenced block opened by {@code ```console}. Examples that cannot run in
 *       this JVM (a PC/SC reader, a phone, {@code sim serve}, hyperfine, a terminal asking for a
 *       PIN) go into {@code ```text} or {@code ```sh} blocks and are not checked.</li>
 *   <li>A line starting with {@code $ } is a command: {@code ./mynacard ARGS} (or
 *       {@code mynacard ARGS}), optionally fed by {@code printf 'PINS\n' |} and cut by
 *       {@code | head -N}; or {@code echo 'TEXT' > FILE}, which writes a file for later commands.
 *       The lines up to the next command are what it prints, stdout and stderr interleaved as a
 *       terminal shows them; a last line {@code [exit N]} is its exit status (0 when absent).</li>
 *   <li>In the expected output, {@code …} stands for any text within a line, and a line holding
 *       only {@code …} for any number of lines. Trailing blanks and trailing empty lines are
 *       ignored.</li>
 *   <li>Each block starts with a fresh default simulated card and an empty working directory; the
 *       commands of one block share both, in order (a wrong PIN stays counted for the next one).</li>
 *   <li>A command must use the simulated card ({@code --sim}, {@code --sim-state}, {@code sim …})
 *       or no card at all ({@code verify}, {@code help}, {@code --version}, {@code --help}).</li>
 * </ul>
 *
 * <p>Normalisation: the clock is fixed at the moment the documents name, 2026-11-27 05:38:16 JST
 * (2026-11-26T20:38:16Z), so dates, days left and timestamps are compared as they are, not
 * masked. The card's MYNACARD_HOME is shown as {@code /home/you/.mynacard}; a plain file name in a
 * command ({@code application.txt}) is a file of the block's working directory, whose path is
 * removed from the output. Serial numbers, keys and fingerprints of the simulated card are
 * deterministic (issued from a fixed seed) and compared as they are.
 */
class DocTranscriptsTest {
    /** The moment the documents' examples were taken. */
    static final Instant DOCUMENTED_AT = Instant.parse("2026-11-26T20:38:16Z");
    private static final String SHOWN_HOME = "/home/you/.mynacard";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z][\\w-]*(\\.[A-Za-z0-9]+)+");
    private static final Set<String> CARDLESS = Set.of("sim", "verify", "help", "--version", "--help");

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everyTranscriptIsRealOutput() throws IOException {
        return transcripts().stream().map(transcript -> DynamicTest.dynamicTest(
                transcript.file() + ":" + transcript.line(), () -> check(transcript)));
    }

    @Test
    void theDocumentsHaveTranscriptsAndNoUncheckedOnes() throws IOException {
        List<Transcript> all = transcripts();
        assertTrue(all.stream().anyMatch(t -> t.file().equals("README.md")), "README.md has a console block");
        assertTrue(all.size() >= 10, "only " + all.size() + " console blocks found");
        // An indented code block would be an example nobody checks: transcripts are fenced.
        for (Path document : documents()) {
            List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                assertFalse(lines.get(i).matches(" {4,}\\$ .*"), document.getFileName() + ":" + (i + 1)
                        + ": an indented transcript; fence it as ```console (checked) or ```text (not checked)");
            }
        }
    }

    @Test
    void aDriftedTranscriptIsCaught() {
        Transcript.Step step = Transcript.parse("drift.md", "```console\n$ ./mynacard --sim pin status\nPIN …\n…\n```\n")
                .get(0).steps().get(0);
        assertTrue(step.matches("PIN   name\nauth  …\n"));
        assertFalse(step.matches("種類  暗証番号\n"));
        assertFalse(new Transcript.Step("x", 1, List.of("a", "b"), 0).matches("a\nb\nc\n"));
    }

    private void check(Transcript transcript) throws IOException {
        Path block = Files.createTempDirectory(scratch, "block");
        Path work = Files.createDirectory(block.resolve("work"));
        CliRunner cli = new CliRunner(block.resolve(".mynacard")).at(DOCUMENTED_AT);
        for (Transcript.Step step : transcript.steps()) {
            String where = transcript.file() + ":" + step.line() + ": " + step.command();
            ShellLine shell = ShellLine.parse(step.command(), where);
            if (shell.writes() != null) {
                Files.writeString(work.resolve(shell.writes()), shell.text() + "\n", StandardCharsets.UTF_8);
                continue;
            }
            List<String> args = shell.args().stream().map(arg -> inWorkDirectory(arg, work)).toList();
            assertTrue(usesNoRealCard(args), where + ": needs a reader or a phone; show it in a ```text block");
            CliRunner.Result result = cli.runInterleaved(shell.stdin(), args.toArray(String[]::new));
            String shown = shown(result.out(), work, block.resolve(".mynacard"), shell.head());
            if (!step.matches(shown) || result.status() != step.exitStatus()) {
                assertEquals(step.expectedText() + exitLine(step.exitStatus()), shown + exitLine(result.status()),
                        where + " drifted from the real output");
            }
        }
    }

    private static String exitLine(int status) {
        return status == 0 ? "" : "[exit " + status + "]\n";
    }

    private static String inWorkDirectory(String arg, Path work) {
        return FILE_NAME.matcher(arg).matches() ? work.resolve(arg).toString() : arg;
    }

    private static boolean usesNoRealCard(List<String> args) {
        return args.contains("--sim") || args.contains("--sim-state")
                || args.stream().filter(arg -> !arg.startsWith("--") || CARDLESS.contains(arg)).findFirst()
                        .map(CARDLESS::contains).orElse(false);
    }

    private static String shown(String output, Path work, Path home, int head) {
        String shown = output.replace(work + "/", "").replace(home.toString(), SHOWN_HOME);
        return head < 0 ? shown : String.join("\n", shown.lines().limit(head).toList()) + "\n";
    }

    private static List<Transcript> transcripts() throws IOException {
        List<Transcript> all = new ArrayList<>();
        Path root = repositoryRoot();
        for (Path document : documents()) {
            all.addAll(Transcript.parse(root.relativize(document).toString(),
                    Files.readString(document, StandardCharsets.UTF_8)));
        }
        return all;
    }

    private static List<Path> documents() throws IOException {
        Path root = repositoryRoot();
        List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The tests run in card-cli (Maven) or at the repository root (some IDEs). */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        return fail("no README.md with a docs/ folder above " + here);
    }

    /**
     * A transcript's shell line: {@code [printf 'IN' |] mynacard ARGS [| head -N]}, or
     * {@code echo 'TEXT' > FILE}.
     */
    record ShellLine(String stdin, List<String> args, int head, String writes, String text) {
        static ShellLine parse(String line, String where) {
            List<List<String>> pipeline = pipeline(line);
            List<String> first = pipeline.get(0);
            if (first.get(0).equals("echo") && first.size() == 4 && first.get(2).equals(">") && pipeline.size() == 1) {
                return new ShellLine("", List.of(), -1, first.get(3), first.get(1));
            }
            String stdin = "";
            int next = 0;
            if (first.get(0).equals("printf") && first.size() == 2) {
                stdin = first.get(1).replace("\\n", "\n");
                next = 1;
            }
            int head = -1;
            List<String> last = pipeline.get(pipeline.size() - 1);
            if (pipeline.size() > next + 1 && last.size() == 2 && last.get(0).equals("head")
                    && last.get(1).matches("-\\d+")) {
                head = Integer.parseInt(last.get(1).substring(1));
            }
            List<String> command = pipeline.size() > next ? pipeline.get(next) : List.of();
            if (pipeline.size() != next + 1 + (head < 0 ? 0 : 1) || command.isEmpty()
                    || !Set.of("./mynacard", "mynacard").contains(command.get(0))) {
                return fail(where + ": not a command this test runs; show it in a ```text block");
            }
            return new ShellLine(stdin, command.subList(1, command.size()), head, null, null);
        }

        /** Words split as a shell would for these simple lines: quotes, and | and > as their own words. */
        private static List<List<String>> pipeline(String line) {
            List<List<String>> pipeline = new ArrayList<>(List.of(new ArrayList<>()));
            StringBuilder word = null;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                List<String> current = pipeline.get(pipeline.size() - 1);
                if (c == '\'' || c == '"') {
                    int close = line.indexOf(c, i + 1);
                    word = (word == null ? new StringBuilder() : word).append(line, i + 1, close);
                    i = close;
                } else if (Character.isWhitespace(c) || c == '|' || c == '>') {
                    if (word != null) {
                        current.add(word.toString());
                        word = null;
                    }
                    if (c == '|') {
                        pipeline.add(new ArrayList<>());
                    } else if (c == '>') {
                        current.add(">");
                    }
                } else {
                    word = (word == null ? new StringBuilder() : word).append(c);
                }
            }
            if (word != null) {
                pipeline.get(pipeline.size() - 1).add(word.toString());
            }
            return pipeline;
        }
    }
}
