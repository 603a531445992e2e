/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import java.io.IOException;

/**
 * A card state file exists but cannot be read as a card: not JSON, truncated, of another format
 * or version, or with a value out of range. The message says which file and where, and never
 * quotes the file's content (it holds PINs and private keys). The file is left as it was.
 */
public final class CorruptCardStateException extends IOException {
    public CorruptCardStateException(String message) {
        super(message);
    }
}
