/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code ```console} block of a Markdown file: shell lines ({@code $ …}), each followed by the
 * output the document claims and an optional {@code [exit N]} line. {@link DocTranscriptsTest}
 * describes the convention.
 */
record Transcript(String file, int line, List<Step> steps) {
    static final String FENCE = "```console";
    private static final String PROMPT = "$ ";
    private static final Pattern EXIT = Pattern.compile("\\[exit (\\d+)]");
    private static final String ANY = "…";

    /** One shell line, where it stands in the file, and what it should print and return. */
    record Step(String command, int line, List<String> expected, int exitStatus) {
        /**
         * Whether {@code actual} is what the document shows: line by line, trailing blanks and
         * trailing empty lines ignored, {@code …} standing for any text within a line, and a line
         * holding only {@code …} for any number of lines.
         */
        boolean matches(String actual) {
            StringBuilder regex = new StringBuilder();
            for (String expectedLine : expected) {
                if (expectedLine.equals(ANY)) {
                    regex.append("(?:.*\\n)*?");
                    continue;
                }
                String[] literals = expectedLine.split(ANY, -1);
                for (int i = 0; i < literals.length; i++) {
                    regex.append(i == 0 ? "" : ".*?").append(Pattern.quote(literals[i]));
                }
                regex.append("\\n");
            }
            return Pattern.compile(regex.toString()).matcher(tidy(actual)).matches();
        }

        String expectedText() {
            return tidy(String.join("\n", expected));
        }
    }

    /** Every {@code ```console} block of a Markdown text. */
    static List<Transcript> parse(String file, String markdown) {
        List<Transcript> transcripts = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals(FENCE)) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unterminated console block");
            }
            transcripts.add(new Transcript(file, i + 1, steps(file, lines, start, end)));
            i = end;
        }
        return transcripts;
    }

    private static List<Step> steps(String file, List<String> lines, int start, int end) {
        if (start == end || !lines.get(start).startsWith(PROMPT)) {
            throw new IllegalArgumentException(file + ":" + (start + 1) + ": a console block starts with a $ line");
        }
        List<Step> steps = new ArrayList<>();
        int i = start;
        while (i < end) {
            int commandLine = i;
            List<String> expected = new ArrayList<>();
            int exitStatus = 0;
            for (i++; i < end && !lines.get(i).startsWith(PROMPT); i++) {
                var exit = EXIT.matcher(lines.get(i).strip());
                if (exit.matches()) {
                    exitStatus = Integer.parseInt(exit.group(1));
                } else {
                    expected.add(lines.get(i));
                }
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1).isBlank()) {
                expected.remove(expected.size() - 1);
            }
            steps.add(new Step(lines.get(commandLine).substring(PROMPT.length()), commandLine + 1, expected, exitStatus));
        }
        return steps;
    }

    /** Trailing blanks of each line and trailing empty lines dropped; one final newline. */
    private static String tidy(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
