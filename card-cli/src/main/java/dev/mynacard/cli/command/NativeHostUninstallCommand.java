/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliCommand;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.MynacardHome;
import dev.mynacard.cli.host.HostInstallation;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mynacard native-host uninstall [--browser B] [--manifest-dir DIR]}: removes the registration. */
@Command(name = "uninstall")
public final class NativeHostUninstallCommand implements CliCommand {
    @Option(names = "--browser", paramLabel = "chromium|chrome|firefox", descriptionKey = "option.host-browser")
    String browser = "chromium";

    @Option(names = "--manifest-dir", paramLabel = "DIR", descriptionKey = "option.host-manifest-dir")
    Path manifestDirectory;

    @Override
    public Report run(Invocation invocation) throws IOException, CliException {
        HostInstallation installation = installation(invocation, browser, manifestDirectory);
        boolean removed = installation.uninstall();
        invocation.output().note(removed ? "host.uninstalled" : "host.not-installed", installation.manifest().toString());
        return new Uninstalled(installation, removed);
    }

    /** The browser's per-user directory, or --manifest-dir (e.g. a profile started with --user-data-dir). */
    static HostInstallation installation(Invocation invocation, String browserName, Path directory) throws CliException {
        HostInstallation.Browser browser;
        try {
            browser = HostInstallation.Browser.parse(browserName);
        } catch (IllegalArgumentException unknown) {
            throw new CliException(ExitCode.USAGE, "error.host-browser");
        }
        if (directory != null) {
            return new HostInstallation(browser, directory);
        }
        Path home = MynacardHome.userHome(invocation.io());
        Path config = invocation.io().env("XDG_CONFIG_HOME").map(Path::of).orElse(home.resolve(".config"));
        return HostInstallation.forUser(browser, home, config, System.getProperty("os.name"));
    }

    private record Uninstalled(HostInstallation installation, boolean removed) implements Report {
        @Override
        public ObjectNode json() {
            return Json.object().put("browser", installation.browser().id())
                    .put("manifest", installation.manifest().toString())
                    .put("removed", removed);
        }

        @Override
        public void text(TextOutput out) {
            // the note said it
        }
    }
}
