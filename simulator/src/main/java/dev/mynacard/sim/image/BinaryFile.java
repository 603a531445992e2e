/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

import java.util.List;

/**
 * A transparent EF. {@code readAccess} lists the PIN EFs any one of which, once verified, opens the
 * file for READ BINARY; empty means free to read.
 */
public record BinaryFile(int fid, byte[] content, List<Integer> readAccess) implements ElementaryFile {
    public BinaryFile {
        content = content.clone();
        readAccess = List.copyOf(readAccess);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
