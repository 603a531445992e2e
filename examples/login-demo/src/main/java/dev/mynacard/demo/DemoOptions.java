/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's command line: {@code --port P [--origin ORIGIN] [--jdbc-url URL] [--trust-simulator]
 * [--root-file PEM]…}.
 *
 * @param port           the loopback port to listen on (0: any free one)
 * @param origin         the origin browsers use for the site, when not http://127.0.0.1:P (a
 *                       farm behind a load balancer shares one)
 * @param jdbcUrl        the shared database; empty for an embedded H2 of this process alone
 * @param trustSimulator whether certificates of the simulated card are accepted
 * @param rootFiles      J-LIS user-authentication roots (PEM or DER) to trust
 */
public record DemoOptions(int port, Optional<String> origin, Optional<String> jdbcUrl, boolean trustSimulator,
                          List<Path> rootFiles) {
    static final String USAGE = "usage: java -jar login-demo.jar --port P [--origin ORIGIN] [--jdbc-url URL]"
            + " [--trust-simulator] [--root-file PEM]...";

    public DemoOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535");
        }
        rootFiles = List.copyOf(rootFiles);
        if (!trustSimulator && rootFiles.isEmpty()) {
            throw new IllegalArgumentException("trust something: --root-file with the J-LIS user-authentication root,"
                    + " or --trust-simulator for the simulated card");
        }
    }

    /** The origin browsers reach this instance at. */
    public String effectiveOrigin(int boundPort) {
        return origin.orElse("http://127.0.0.1:" + boundPort);
    }

    static DemoOptions parse(String... args) {
        Integer port = null;
        String origin = null;
        String jdbcUrl = null;
        boolean trustSimulator = false;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--trust-simulator" -> trustSimulator = true;
                case "--port", "--origin", "--jdbc-url", "--root-file" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--port" -> port = parsePort(value);
                        case "--origin" -> origin = value;
                        case "--jdbc-url" -> jdbcUrl = value;
                        default -> roots.add(Path.of(value));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port is required");
        }
        return new DemoOptions(port, Optional.ofNullable(origin), Optional.ofNullable(jdbcUrl), trustSimulator, roots);
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number");
        }
    }
}
