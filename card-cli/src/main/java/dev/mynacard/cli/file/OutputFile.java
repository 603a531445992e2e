/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.file;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Failures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an --out file atomically: the content goes to a temporary file in the target's
 * directory, is forced to disk and renamed over the target. On any failure the temporary file is
 * removed and the target is left as it was: nothing half-written is ever left behind. The file is
 * created readable by its owner only (it may hold the holder's name and address).
 */
public final class OutputFile {
    private OutputFile() {
    }

    /**
     * Writes the file, reporting a failure as {@link ExitCode#FILE_ERROR} in a message that names
     * {@code target} (never the temporary file).
     */
    public static void save(Path target, byte[] content) throws CliException {
        try {
            write(target, content);
        } catch (IOException e) {
            throw new CliException(ExitCode.FILE_ERROR, e, "error.write", target.toString(), Failures.fileProblem(e));
        }
    }

    static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a directory");
        }
        Path directory = absolute.getParent();
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
