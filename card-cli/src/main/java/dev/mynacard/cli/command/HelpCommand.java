/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mynacard help [COMMAND...]}: the help of mynacard, or of one of its commands ({@code help pin status}). */
@Command(name = "help", helpCommand = true)
public final class HelpCommand {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "param.help-command")
    List<String> command = new ArrayList<>();

    /**
     * The command whose help is asked for.
     *
     * @throws CliException no such command (the words are not repeated: they could be anything)
     */
    public CommandLine target() throws CliException {
        CommandLine target = spec.parent().commandLine();
        for (String name : command) {
            target = target.getSubcommands().get(name);
            if (target == null) {
                throw new CliException(ExitCode.USAGE, "error.help-unknown-command", spec.parent().qualifiedName());
            }
        }
        return target;
    }
}
