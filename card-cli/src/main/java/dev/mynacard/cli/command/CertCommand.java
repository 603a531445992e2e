package dev.mynacard.cli.command;

import picocli.CommandLine.Command;

/** {@code mynacard cert show|verify|expiry}. */
@Command(name = "cert", synopsisSubcommandLabel = "COMMAND",
        subcommands = {CertShowCommand.class, CertVerifyCommand.class, CertExpiryCommand.class})
public final class CertCommand {
}
