/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

/** {@code java -jar mynacard.jar …}: what ./mynacard runs. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Exit explicitly: the simulated card's host (sim serve) and PC/SC keep threads alive.
        System.exit(Cli.run(args, Io.system()));
    }
}
