/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.Main;
import dev.mynacard.cli.card.Seconds;
import dev.mynacard.cli.host.HostInstallation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mynacard native-host install [--browser B] [--extension-id ID] [--manifest-dir DIR]}:
 * registers the host for the current user. The card options given with it (--sim-state, --reader,
 * --bridge, --wait, …) go into the host's start script, so the browser's logins use that card.
 */
@Command(name = "install")
public final class NativeHostInstallCommand implements CliCommand {
    @Option(names = "--browser", paramLabel = "chromium|chrome|firefox", descriptionKey = "option.host-browser")
    String browser = "chromium";

    @Option(names = "--extension-id", paramLabel = "ID", descriptionKey = "option.host-extension-id")
    String extensionId;

    @Option(names = "--manifest-dir", paramLabel = "DIR", descriptionKey = "option.host-manifest-dir")
    Path manifestDirectory;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        HostInstallation installation = NativeHostUninstallCommand.installation(invocation, browser, manifestDirectory);
        String id = extensionId == null ? installation.browser().defaultExtensionId() : extensionId;
        if (!installation.browser().isExtensionId(id)) {
            throw new CliException(ExitCode.USAGE, "error.host-extension-id", installation.browser().id());
        }
        installation.install(hostCommand(invocation), id);
        invocation.output().note("host.installed", installation.manifest().toString());
        return new Installed(installation, id);
    }

    /** This JVM and class path, the card options of this command line, then native-host. */
    private static List<String> hostCommand(Invocation invocation) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString()),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        GlobalOptions options = invocation.options();
        if (options.simulated()) {
            command.addAll(List.of("--sim-state", invocation.cards().simulatorState().toAbsolutePath().toString()));
        }
        options.reader().ifPresent(reader -> command.addAll(List.of("--reader", reader)));
        options.pcsc().ifPresent(pcsc -> command.addAll(List.of("--pcsc", pcsc)));
        options.bridge().ifPresent(address -> command.addAll(List.of("--bridge", address.hostPort())));
        options.bridgeConnect().ifPresent(address -> command.addAll(List.of("--bridge-connect", address.hostPort())));
        options.cardWait().ifPresent(wait -> command.addAll(List.of("--wait", Seconds.format(wait))));
        options.apduTimeout().ifPresent(timeout -> command.addAll(List.of("--apdu-timeout", Seconds.format(timeout))));
        if (options.allowLastTry()) {
            command.add("--allow-last-try");
        }
        command.addAll(List.of("--lang", options.language().name().toLowerCase(Locale.ROOT), "native-host"));
        return command;
    }

    private record Installed(HostInstallation installation, String extensionId) implements Report {
        @Override
        public ObjectNode json() {
            return Json.object().put("browser", installation.browser().id())
                    .put("manifest", installation.manifest().toString())
                    .put("script", installation.script().toString())
                    .put("extensionId", extensionId);
        }

        @Override
        public void text(TextOutput out) {
            out.verbatim(installation.manifest().toString());
        }
    }
}
