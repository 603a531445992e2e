/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

import java.util.List;

/** A record-structured EF, read with READ RECORD (records numbered from 1). */
public record RecordFile(int fid, List<byte[]> records, List<Integer> readAccess) implements ElementaryFile {
    public RecordFile {
        records = records.stream().map(byte[]::clone).toList();
        readAccess = List.copyOf(readAccess);
    }
}
