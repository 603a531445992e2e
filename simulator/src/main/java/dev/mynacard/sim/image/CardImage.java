/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

import java.util.List;

/**
 * Everything a simulated card holds, application by application: the unit that issuance produces,
 * that personalisation writes to the card through APDUs, and that the state file stores.
 */
public record CardImage(List<Application> applications) {
    public CardImage {
        applications = List.copyOf(applications);
    }
}
