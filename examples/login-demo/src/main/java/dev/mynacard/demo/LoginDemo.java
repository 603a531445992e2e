/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import java.io.IOException;

/** {@code java -jar login-demo.jar --port P …}: runs the demo relying party until stopped. */
public final class LoginDemo {
    private LoginDemo() {
    }

    public static void main(String[] args) throws IOException {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("login-demo: " + wrong.getMessage());
            System.err.println(DemoOptions.USAGE);
            System.exit(2);
            return;
        }
        DemoServer server = DemoServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "login-demo-shutdown"));
        System.out.println("login-demo: listening on " + server.origin()
                + (options.jdbcUrl().isPresent() ? " (shared database)" : " (embedded H2)"));
    }
}
