/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import java.io.IOException;

/** A transcript file that cannot be read: the message names the line and what is wrong with it. */
public class TranscriptFormatException extends IOException {
    private final int line;

    public TranscriptFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line number of the problem. */
    public int line() {
        return line;
    }
}
