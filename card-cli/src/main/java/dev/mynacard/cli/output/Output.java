/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.pin.PinKinds;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.pin.PinKind;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Where results and failures go. Text: results on stdout, failures and notes on stderr. JSON: one
 * object on stdout, for results and failures alike ({@code {"error":{"code":…,"message":…}}}, with
 * {@code pin}, {@code remaining} and {@code max} for a PIN the card refused), notes still on stderr.
 * Text from outside is always shown {@linkplain TerminalText#escape escaped}; JSON strings escape
 * the same characters ({@link Json}).
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
            ObjectNode document = Json.object();
            ObjectNode error = document.putObject("error").put("code", failure.exitCode().code());
            failure.pin().ifPresent(status -> PinStatusView.putCounter(
                    error.put("pin", PinKinds.id((PinKind) status.kind())), status));
            error.put("message", message);
            out.println(Json.write(document));
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

    /** A line of a trace or of progress on stderr, escaped: it may hold what a card, a phone or a reader said. */
    public void diagnostic(String line) {
        err.println(TerminalText.escape(line));
    }

    /** A failure's stack trace on stderr (MYNACARD_DEBUG), its messages escaped, its frames indented by a tab as usual. */
    public void stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(line -> err.println(line.startsWith("\t")
                ? "\t" + TerminalText.escape(line.substring(1)) : TerminalText.escape(line)));
    }

    /** stderr itself, for what mynacard draws there (progress dots, a QR code); never for text from outside. */
    public PrintStream terminal() {
        return err;
    }
}
