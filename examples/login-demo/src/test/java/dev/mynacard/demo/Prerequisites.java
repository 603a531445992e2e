/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** What an integration test needs from the machine: skipped loudly without it, failed when CI=true. */
final class Prerequisites {
    private Prerequisites() {
    }

    static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true, so this must not be skipped: " + missing);
        }
        System.err.println();
        System.err.println("!!! SKIPPING: " + missing);
        System.err.println();
        Assumptions.abort(missing);
    }
}
