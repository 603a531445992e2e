/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.file;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Failures;
import dev.mynacard.cli.Messages.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file the user names, with a size bound checked while reading. */
public final class InputFile {
    private InputFile() {
    }

    /**
     * @throws CliException {@link ExitCode#FILE_ERROR} when the file cannot be read or is larger than {@code maxBytes}
     */
    public static byte[] read(Path file, int maxBytes) throws CliException {
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCode.FILE_ERROR, "error.file", new Text(
                    "file.directory", file.toString()));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new CliException(ExitCode.FILE_ERROR, e, "error.file", Failures.describeFileProblem(e));
        }
        if (bytes.length > maxBytes) {
            throw new CliException(ExitCode.FILE_ERROR, "error.file",
                    new Text("file.too-large", file.toString(), maxBytes));
        }
        return bytes;
    }
}
