/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

/**
 * Reads a root certificate or a CRL the user supplies, PEM or DER alike (the JDK's X.509 factory
 * accepts both), with a size bound checked before anything is read.
 */
public final class CertificateFiles {
    /** Far above any certificate (J-LIS roots are about 1.3 KB). */
    static final int MAX_CERTIFICATE_BYTES = 64 * 1024;
    /** A CRL of a whole card population can be large; this still keeps memory bounded. */
    static final int MAX_CRL_BYTES = 256 * 1024 * 1024;

    private CertificateFiles() {
    }

    public static X509Certificate readCertificate(Path file) throws CertificateFileException {
        byte[] bytes = read(file, MAX_CERTIFICATE_BYTES);
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException | RuntimeException e) {
            throw new CertificateFileException(file, "not an X.509 certificate in PEM or DER", e);
        }
    }

    public static X509CRL readCrl(Path file) throws CertificateFileException {
        byte[] bytes = read(file, MAX_CRL_BYTES);
        try {
            return (X509CRL) factory().generateCRL(new ByteArrayInputStream(bytes));
        } catch (CRLException | RuntimeException e) {
            throw new CertificateFileException(file, "not an X.509 CRL in PEM or DER", e);
        }
    }

    private static byte[] read(Path file, int maxBytes) throws CertificateFileException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new CertificateFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (bytes.length > maxBytes) {
            throw new CertificateFileException(file, "larger than the " + maxBytes + " bytes allowed");
        }
        return bytes;
    }

    private static CertificateFactory factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("X.509 missing from the JDK", e);
        }
    }
}
