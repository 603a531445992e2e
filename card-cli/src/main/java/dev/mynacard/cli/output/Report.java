/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.ExitCode;

/** What a command found, ready to be shown as text or as JSON; it also decides the exit code. */
public interface Report {
    /** The JSON object printed with --json. */
    ObjectNode json();

    /** The human-readable form. */
    void text(TextOutput out);

    default ExitCode exitCode() {
        return ExitCode.OK;
    }
}
