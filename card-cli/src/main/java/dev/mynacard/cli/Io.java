/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of mynacard talks to: standard streams, environment, default locale, the console
 * for PINs typed without echo, whether stderr is a terminal (progress is shown only there) and the
 * clock that expiry, validation and signing times are read from. Tests build their own;
 * {@link #system()} is the process's.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Locale locale,
                 Optional<PasswordConsole> console, boolean stderrIsTerminal, Clock clock) {

    /** Set by the ./mynacard launcher, which can ask the shell whether stderr is a terminal. */
    static final String STDERR_TTY_PROPERTY = "mynacard.stderr.tty";

    /** Reads a line without echo, as {@link Console#readPassword} does; null at end of input. */
    @FunctionalInterface
    public interface PasswordConsole {
        char[] readPassword(String prompt);

        /** Asks a question; true only when the answer is y or yes (any case). */
        default boolean confirm(String prompt) {
            char[] answer = readPassword(prompt);
            if (answer == null) {
                return false;
            }
            String word = new String(answer).strip().toLowerCase(Locale.ROOT);
            return word.equals("y") || word.equals("yes");
        }
    }

    public static Io system() {
        Console console = System.console();
        String tty = System.getProperty(STDERR_TTY_PROPERTY);
        Charset charset = terminalCharset();
        // Not System.in: its buffer would keep a copy of the PIN lines PinReader reads (--pin-stdin).
        return new Io(new FileInputStream(FileDescriptor.in),
                new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false, charset),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset),
                System.getenv(), Locale.getDefault(),
                Optional.ofNullable(console).map(c -> prompt -> c.readPassword("%s", prompt)),
                tty != null ? Boolean.parseBoolean(tty) : console != null, Clock.systemUTC());
    }

    /** The console's charset where the JDK knows it (Windows), else UTF-8 whatever the locale says. */
    private static Charset terminalCharset() {
        String name = System.getProperty("sun.stdout.encoding");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty());
    }
}
