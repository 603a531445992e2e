/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import picocli.CommandLine.Command;

/** {@code mynacard sim init|show|reset-pins|serve}: the simulated card's state. */
@Command(name = "sim", synopsisSubcommandLabel = "COMMAND",
        subcommands = {SimInitCommand.class, SimShowCommand.class, SimResetPinsCommand.class, SimServeCommand.class})
public final class SimCommand {
}
