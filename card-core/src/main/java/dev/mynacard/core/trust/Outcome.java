/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

/** The result of one check. */
public enum Outcome {
    PASSED,
    FAILED,
    /** Not performed, with the reason why; never counts as a failure. */
    NOT_CHECKED
}
