/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.pin;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.Messages;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinFormat;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinReference;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Reads PINs: from the console without echo, or with --pin-stdin from standard input, one per
 * line. Each PIN is checked against its format as soon as it is read, so a malformed PIN stops the
 * command before anything is sent to the card.
 *
 * <p>Where copies of a PIN live. With --pin-stdin the bytes are read one at a time from the
 * unbuffered standard input ({@link Io#system()}) into an array of this class that is wiped, as
 * is the {@code char[]} handed to {@link Pin#of}; the {@link Pin} wipes its own copy when closed.
 * No reader, decoder or buffered stream sees the PIN, and the lines after it stay unread in the
 * stream. On a console, {@link java.io.Console#readPassword} returns a {@code char[]} that is wiped
 * here, and JDK 17 (17.0.15 checked) blanks its own line buffer and its byte decoder's buffer, but
 * its line reader ({@code java.io.Console$LineReader}) keeps the typed characters in a private
 * {@code char[]} until later console input overwrites it: java.base gives an application no way to
 * reach it. Other JDK versions may keep different copies.
 */
public final class PinReader {
    /** Longer than any PIN; a longer line is rejected without being kept. */
    private static final int MAX_LINE = 64;

    private final Io io;
    private final Messages messages;
    private final boolean fromStdin;

    public PinReader(Io io, Messages messages, boolean fromStdin) {
        this.io = io;
        this.messages = messages;
        this.fromStdin = fromStdin;
    }

    /** The current PIN of {@code kind}. */
    public Pin read(PinReference kind) throws CliException {
        return checked(kind, readRaw(messages.get("prompt.pin", PinKinds.name(kind), PinKinds.format(kind))));
    }

    /** A new PIN of {@code kind}; typed twice on a console. */
    public Pin readNew(PinKind kind) throws CliException {
        Pin pin = checked(kind, readRaw(messages.get("prompt.new-pin", PinKinds.name(kind), PinKinds.format(kind))));
        if (fromStdin) {
            return pin;
        }
        char[] again = readRaw(messages.get("prompt.confirm-pin", PinKinds.name(kind)));
        try (Pin confirmation = Pin.of(again)) {
            if (!same(kind, pin, confirmation)) {
                pin.close();
                throw new CliException(ExitCode.USAGE, "error.pin-mismatch", PinKinds.name(kind));
            }
        } finally {
            Arrays.fill(again, '\0');
        }
        return pin;
    }

    private static boolean same(PinKind kind, Pin first, Pin second) {
        byte[] a = first.encode(kind);
        byte[] b = null;
        try {
            b = second.encode(kind);
            return MessageDigest.isEqual(a, b);
        } catch (PinFormatException malformed) {
            return false;
        } finally {
            PinFormat.wipe(a);
            PinFormat.wipe(b);
        }
    }

    private Pin checked(PinReference kind, char[] typed) throws CliException {
        Pin pin = Pin.of(typed);
        Arrays.fill(typed, '\0');
        try {
            kind.format().check(pin);
        } catch (PinFormatException malformed) {
            pin.close();
            throw new CliException(ExitCode.USAGE, "error.pin-format", PinKinds.name(kind), PinKinds.format(kind));
        }
        return pin;
    }

    private char[] readRaw(String prompt) throws CliException {
        if (fromStdin) {
            return readLine();
        }
        Io.PasswordConsole console = io.console().orElseThrow(() -> new CliException(ExitCode.USAGE, "error.no-console"));
        char[] typed = console.readPassword(prompt);
        if (typed == null) {
            throw new CliException(ExitCode.USAGE, "error.no-pin");
        }
        return typed;
    }

    /**
     * One line of standard input, without its line break, never as a String. Bytes are taken one
     * {@code read()} at a time, so nothing after the line leaves the stream and no buffer but this
     * method's own (wiped) holds the PIN. PINs are ASCII (docs/protocol.md §3): any other byte
     * becomes U+FFFD, which every format rejects.
     */
    private char[] readLine() throws CliException {
        char[] line = new char[MAX_LINE];
        try {
            int length = 0;
            boolean overlong = false;
            int b;
            while ((b = io.in().read()) != -1 && b != '\n') {
                if (length < MAX_LINE) {
                    line[length++] = b < 0x80 ? (char) b : '\uFFFD';
                } else {
                    overlong = true;
                }
            }
            if (b == -1 && length == 0) {
                throw new CliException(ExitCode.USAGE, "error.no-pin-stdin");
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            // An overlong line becomes a PIN of NULs that fails every format check.
            return overlong ? new char[MAX_LINE + 1] : Arrays.copyOf(line, length);
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, e, "error.no-pin-stdin");
        } finally {
            Arrays.fill(line, '\0');
        }
    }
}
