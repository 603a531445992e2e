/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import dev.mynacard.cli.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The human side of the output: lines in the chosen language, and tables aligned for Japanese text
 * too. Everything but the messages' own patterns is shown {@linkplain TerminalText#escape escaped}:
 * message arguments (by {@link Messages}), table cells, field values and verbatim text. Only
 * {@link #bytes} writes what it is given, for a file format the user asked for.
 */
public final class TextOutput {
    private static final String COLUMN_GAP = "  ";

    private final PrintStream out;
    private final Messages messages;
    private final List<List<String>> table = new ArrayList<>();

    TextOutput(PrintStream out, Messages messages) {
        this.out = out;
        this.messages = messages;
    }

    /** What {@code writer} writes, as a string (for a text file). */
    public static String render(Messages messages, Consumer<TextOutput> writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        TextOutput text = new TextOutput(stream, messages);
        writer.accept(text);
        text.flushTable();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    public Messages messages() {
        return messages;
    }

    /** The message {@code key} on a line of its own. */
    public void line(String key, Object... args) {
        flushTable();
        out.println(messages.get(key, args));
    }

    /** Text that needs no translation (a file name, a JSON document) on a line of its own. */
    public void verbatim(String text) {
        flushTable();
        out.println(TerminalText.escape(text));
    }

    public void blank() {
        flushTable();
        out.println();
    }

    /** Raw bytes, e.g. a DER certificate or a PEM block, not escaped. */
    public void bytes(byte[] data) {
        flushTable();
        try {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a PrintStream does not throw", e);
        }
    }

    /**
     * A row of a table; the rows since the last line are printed together, each column as wide as
     * its widest cell. The last column is not padded.
     */
    public void row(String... cells) {
        table.add(Arrays.stream(cells).map(TerminalText::escape).toList());
    }

    /** A row whose first cell is a message key (a label) and whose value is verbatim. */
    public void field(String labelKey, String value) {
        row(messages.get(labelKey), value);
    }

    /** Prints the pending table rows. */
    public void flushTable() {
        if (table.isEmpty()) {
            return;
        }
        int columns = table.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : table) {
            for (int i = 0; i < row.size() - 1; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                boolean last = i == row.size() - 1;
                line.append(last ? row.get(i) : DisplayWidth.pad(row.get(i), widths[i]) + COLUMN_GAP);
            }
            out.println(line.toString().stripTrailing());
        }
        table.clear();
    }
}
