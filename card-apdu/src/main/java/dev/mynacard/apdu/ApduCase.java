/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

/** The four ISO 7816-4 command cases. */
public enum ApduCase {
    /** No data, no response data expected. */
    CASE_1,
    /** No data, response data expected (Le). */
    CASE_2,
    /** Data (Lc), no response data expected. */
    CASE_3,
    /** Data and response data expected. */
    CASE_4;

    static ApduCase of(boolean hasData, boolean hasLe) {
        if (hasData) {
            return hasLe ? CASE_4 : CASE_3;
        }
        return hasLe ? CASE_2 : CASE_1;
    }
}
