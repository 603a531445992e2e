package dev.mynacard.cli.command;

import picocli.CommandLine.Command;

/** {@code mynacard pin status|verify|change}. */
@Command(name = "pin", synopsisSubcommandLabel = "COMMAND",
        subcommands = {PinStatusCommand.class, PinVerifyCommand.class, PinChangeCommand.class})
public final class PinCommand {
}
