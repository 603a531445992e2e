/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

import java.util.List;

/** One application (DF) of the card, named by its AID, with its elementary files. */
public record Application(byte[] aid, List<ElementaryFile> files) {
    public Application {
        aid = aid.clone();
        files = List.copyOf(files);
    }

    @Override
    public byte[] aid() {
        return aid.clone();
    }
}
