/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

/** Whether a root belongs to the production JPKI or to a test hierarchy (J-LIS JPKI-TEST, the simulator). */
public enum Hierarchy {
    PRODUCTION,
    TEST
}
