/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import picocli.CommandLine.Command;

/** {@code mynacard trust add|list|remove}: the J-LIS roots trusted besides the pinned ones. */
@Command(name = "trust", synopsisSubcommandLabel = "COMMAND",
        subcommands = {TrustAddCommand.class, TrustListCommand.class, TrustRemoveCommand.class})
public final class TrustCommand {
}
