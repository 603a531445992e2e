/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriterFailingHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("card.json");
        Files.writeString(file, "old card");
        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.replace(file, out -> {
            out.write("new card, first half".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            throw new IOException("simulated crash while writing");
        }));
        assertEquals("simulated crash while writing", crash.getMessage());
        assertEquals("old card", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aWriterThrowingUncheckedAlsoLeavesTheOldFile() throws IOException {
        Path file = dir.resolve("card.json");
        Files.writeString(file, "old card");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.replace(file, out -> {
            out.write('{');
            throw new IllegalStateException("serializer bug");
        }));
        assertEquals("old card", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aLeftoverTemporaryFileFromACrashDoesNotDisturbTheNextWrite() throws IOException {
        Path file = dir.resolve("card.json");
        Path leftover = dir.resolve(".card.json.123.tmp");
        Files.writeString(leftover, "half a card");
        AtomicFiles.replace(file, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("new", Files.readString(file));
        assertEquals("half a card", Files.readString(leftover));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
