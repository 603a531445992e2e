/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.io.IOException;
import java.nio.file.Path;

/** A certificate or CRL file that cannot be read or is not what it should be. */
public final class CertificateFileException extends IOException {
    private final Path file;

    public CertificateFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public CertificateFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
