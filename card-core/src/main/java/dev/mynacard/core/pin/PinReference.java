/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import dev.mynacard.core.card.MynaApplication;

/** Something VERIFY checks: a PIN EF of an application, with its format and maximum tries. */
public interface PinReference {
    MynaApplication application();

    /** The PIN EF, 0001–001E, so its short EF identifier is the same number. */
    int fid();

    PinFormat format();

    int maxTries();

    /** A name for messages, e.g. "auth PIN". */
    String label();
}
