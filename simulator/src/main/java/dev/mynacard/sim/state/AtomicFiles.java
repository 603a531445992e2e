/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file so that a crash at any moment leaves either the old content or the new, never a
 * mix: the new content goes to a temporary file in the same directory, is forced to disk, and is
 * then renamed over the target atomically. On POSIX file systems the file is created owner-only
 * (600) and missing parent directories owner-only (700).
 */
final class AtomicFiles {
    /** Writes the whole new content; may throw, and the target is then left untouched. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static void replace(Path target, Content content) throws IOException {
        Path directory = createDirectory(target);
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp",
                ownerOnly(directory.getFileSystem(), "rw-------"));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
        forceDirectory(directory);
    }

    /**
     * {@code name} beside {@code target}, created owner-only (600) when missing, its directory too
     * (700), as the target would be.
     */
    static Path siblingWithDirectory(Path target, String name) throws IOException {
        Path sibling = createDirectory(target).resolve(name);
        try {
            Files.createFile(sibling, ownerOnly(sibling.getFileSystem(), "rw-------"));
        } catch (FileAlreadyExistsException exists) {
            // made by an earlier run or another process
        }
        return sibling;
    }

    /** Creates the target's directory (owner-only) when missing and returns it. */
    private static Path createDirectory(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory, ownerOnly(directory.getFileSystem(), "rwx------"));
        return directory;
    }

    private static FileAttribute<?>[] ownerOnly(FileSystem fileSystem, String permissions) {
        if (!fileSystem.supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    /** Makes the rename itself durable where the platform lets a directory be opened (Linux, macOS). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; the rename is then as durable as the platform makes it.
        }
    }
}
