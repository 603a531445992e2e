/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.host.NativeHost;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mynacard native-host}: the native messaging host the browser extension talks to, on
 * stdin and stdout (see {@link NativeHost}); {@code install} and {@code uninstall} register it.
 * Browsers pass arguments of their own (the calling extension's origin, or the manifest's path and
 * the extension's ID): accepted and not used, since the manifest already limits the callers.
 */
@Command(name = "native-host", subcommands = {NativeHostInstallCommand.class, NativeHostUninstallCommand.class})
public final class NativeHostCommand implements CliCommand {
    @Parameters(arity = "0..*", paramLabel = "BROWSER-ARGUMENT", descriptionKey = "param.browser-arguments")
    List<String> browserArguments;

    @Override
    public Report run(Invocation invocation) throws IOException {
        new NativeHost(invocation.io().in(), invocation.io().out(), invocation.cards()::open, invocation.lastTry(),
                invocation.messages(), invocation.io().clock(), invocation.options().bridged()).serve();
        return new Finished();
    }

    /** Nothing more to say: stdout belonged to the framed messages. */
    private record Finished() implements Report {
        @Override
        public ObjectNode json() {
            return Json.object();
        }

        @Override
        public void text(TextOutput out) {
            // the answers went out as framed messages
        }
    }
}
