/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import picocli.CommandLine.Command;

/** {@code mynacard cert show|verify|expiry}. */
@Command(name = "cert", synopsisSubcommandLabel = "COMMAND",
        subcommands = {CertShowCommand.class, CertVerifyCommand.class, CertExpiryCommand.class})
public final class CertCommand {
}
