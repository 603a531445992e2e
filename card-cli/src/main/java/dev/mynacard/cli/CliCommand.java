/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.cli.output.Report;

/** A command that does something (as opposed to a group such as {@code pin} that only holds commands). */
public interface CliCommand {
    /** Does the work and returns what to show; failures are thrown and reported by the caller. */
    Report run(Invocation invocation) throws Exception;
}
