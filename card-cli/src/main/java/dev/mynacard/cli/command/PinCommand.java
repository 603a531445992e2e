/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import picocli.CommandLine.Command;

/** {@code mynacard pin status|verify|change}. */
@Command(name = "pin", synopsisSubcommandLabel = "COMMAND",
        subcommands = {PinStatusCommand.class, PinVerifyCommand.class, PinChangeCommand.class})
public final class PinCommand {
}
