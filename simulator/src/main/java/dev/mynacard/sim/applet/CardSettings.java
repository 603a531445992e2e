/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.Shareable;

/** What the card OS settings tell the applications, through {@link SettingsApplet}'s shareable interface. */
public interface CardSettings extends Shareable {
    /**
     * Whether the empty VERIFY of a PIN verified in this session answers {@code 63Cx} with the full
     * count (as some real cards do) instead of {@code 9000}.
     */
    boolean verifiedQueryAnswersTries();
}
