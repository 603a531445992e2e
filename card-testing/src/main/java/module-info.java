/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** The simulated My Number Card in JUnit 5 tests: {@code SimulatedCardExtension} and {@code ScriptedTransport}. */
module dev.mynacard.testing {
    requires transitive dev.mynacard.core;
    requires transitive dev.mynacard.simulator;
    requires transitive org.junit.jupiter.api;

    exports dev.mynacard.testing;
}
