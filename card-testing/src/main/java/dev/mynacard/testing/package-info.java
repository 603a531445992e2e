/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulated My Number Card in JUnit 5 tests: {@link dev.mynacard.testing.SimulatedCardExtension}
 * hands each test a fresh simulated card, configured by {@link dev.mynacard.testing.CardProfile}.
 */
package dev.mynacard.testing;
