/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The native messaging host's registration for one browser and the current user: the host
 * manifest {@code dev.mynacard.host.json} in the browser's per-user directory and, next to it, the
 * script the manifest names (browsers start a host without arguments of their own choosing, so the
 * script carries the java command and the card options). Both are written to a temporary file and
 * moved into place, so a browser never reads half of one.
 *
 * @param manifestDirectory where the browser looks for host manifests
 */
public record HostInstallation(Browser browser, Path manifestDirectory) {
    public static final String HOST_NAME = "dev.mynacard.host";
    /** The ID the extension's fixed key gives it in Chromium-based browsers (browser-extension/manifest.json). */
    public static final String CHROMIUM_EXTENSION_ID = "oadjdggkdnehifcemlcdmnnjdiejjdkg";
    /** The ID browser-extension/manifest.json gives the extension in Firefox. */
    public static final String FIREFOX_EXTENSION_ID = "login@mynacard.dev";

    private static final Pattern CHROMIUM_ID = Pattern.compile("[a-p]{32}");
    private static final Pattern FIREFOX_ID = Pattern.compile("[A-Za-z0-9._+-]{1,80}@[A-Za-z0-9.-]{1,80}"
            + "|\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}");

    /** The browsers whose per-user host directories are known. */
    public enum Browser {
        CHROMIUM, CHROME, FIREFOX;

        public static Browser parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String defaultExtensionId() {
            return this == FIREFOX ? FIREFOX_EXTENSION_ID : CHROMIUM_EXTENSION_ID;
        }

        /** Whether {@code id} is an extension ID of this browser's kind. */
        public boolean isExtensionId(String id) {
            return (this == FIREFOX ? FIREFOX_ID : CHROMIUM_ID).matcher(id).matches();
        }

        /** The per-user directory of host manifests (Linux and macOS). */
        Path userDirectory(Path home, Path configHome, boolean mac) {
            Path support = home.resolve("Library").resolve("Application Support");
            return switch (this) {
                case CHROMIUM -> mac ? support.resolve("Chromium").resolve("NativeMessagingHosts")
                        : configHome.resolve("chromium").resolve("NativeMessagingHosts");
                case CHROME -> mac ? support.resolve("Google").resolve("Chrome").resolve("NativeMessagingHosts")
                        : configHome.resolve("google-chrome").resolve("NativeMessagingHosts");
                case FIREFOX -> mac ? support.resolve("Mozilla").resolve("NativeMessagingHosts")
                        : home.resolve(".mozilla").resolve("native-messaging-hosts");
            };
        }
    }

    /**
     * The browser's own directory for the user whose home is {@code home}.
     *
     * @param configHome $XDG_CONFIG_HOME, else {@code home/.config}
     */
    public static HostInstallation forUser(Browser browser, Path home, Path configHome, String osName) {
        boolean mac = osName.toLowerCase(Locale.ROOT).startsWith("mac");
        return new HostInstallation(browser, browser.userDirectory(home, configHome, mac));
    }

    public Path manifest() {
        return manifestDirectory.resolve(HOST_NAME + ".json");
    }

    public Path script() {
        return manifestDirectory.resolve(HOST_NAME + ".sh");
    }

    /**
     * Writes the script starting {@code command} and the manifest allowing {@code extensionId}.
     *
     * @param command the host's command line, e.g. {@code java -cp mynacard.jar dev.mynacard.cli.Main
     *                --sim-state F native-host}; the browser's own arguments are appended
     */
    public void install(List<String> command, String extensionId) throws IOException {
        if (!browser.isExtensionId(extensionId)) {
            throw new IllegalArgumentException("not a " + browser.id() + " extension ID: " + extensionId);
        }
        Files.createDirectories(manifestDirectory);
        String script = "#!/bin/sh\n"
                + "# Written by `mynacard native-host install`: the native messaging host of the mynacard extension.\n"
                + "exec " + command.stream().map(HostInstallation::shellQuoted).collect(Collectors.joining(" "))
                + " \"$@\"\n";
        writeAtomically(script(), script, "rwxr-xr-x");
        ObjectNode manifest = Json.object()
                .put("name", HOST_NAME)
                .put("description", "mynacard: log in to web sites with a My Number Card")
                .put("path", script().toAbsolutePath().toString())
                .put("type", "stdio");
        if (browser == Browser.FIREFOX) {
            manifest.putArray("allowed_extensions").add(extensionId);
        } else {
            manifest.putArray("allowed_origins").add("chrome-extension://" + extensionId + "/");
        }
        writeAtomically(manifest(), Json.write(manifest) + "\n", "rw-r--r--");
    }

    /** Removes manifest and script; whether there was anything to remove. */
    public boolean uninstall() throws IOException {
        boolean manifestRemoved = Files.deleteIfExists(manifest());
        return Files.deleteIfExists(script()) || manifestRemoved;
    }

    private static void writeAtomically(Path file, String content, String permissions) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(permissions));
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
