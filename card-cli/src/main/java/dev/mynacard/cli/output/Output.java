/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.Messages;
import java.io.PrintStream;

/**
 * Where results and failures go. Text: results on stdout, failures and notes on stderr. JSON: one
 * object on stdout, for results and failures alike ({@code {"error":{"code":…,"message":…}}}),
 * notes still on stderr.
 */
public final class Output {
    public static final String PROGRAM = "mynacard";

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final boolean json;

    public Output(PrintStream out, PrintStream err, Messages messages, boolean json) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.json = json;
    }

    public Messages messages() {
        return messages;
    }

    /** Shows a command's report and returns its exit status. */
    public int emit(Report report) {
        if (json) {
            out.println(Json.write(report.json()));
        } else {
            TextOutput text = new TextOutput(out, messages);
            report.text(text);
            text.flushTable();
        }
        out.flush();
        return report.exitCode().status();
    }

    /** Shows a failure and returns its exit status. */
    public int fail(CliException failure) {
        String message = messages.get(failure.text());
        if (json) {
            ObjectNode error = Json.object();
            error.putObject("error").put("code", failure.exitCode().code()).put("message", message);
            out.println(Json.write(error));
            out.flush();
        } else {
            out.flush();
            err.println(PROGRAM + ": " + message);
        }
        return failure.exitCode().status();
    }

    /** A remark on stderr that is not the command's result (a file created, a warning). */
    public void note(String key, Object... args) {
        err.println(PROGRAM + ": " + messages.get(key, args));
    }

    /** The stream for traces and progress. */
    public PrintStream diagnostics() {
        return err;
    }
}
