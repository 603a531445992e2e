/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * J-LIS roots the user added once (e.g. the generation-2 user-authentication root, which is not
 * pinned), kept as one PEM file per root named by its SHA-256 fingerprint in a directory of the
 * user's. Only a self-signed CA certificate with a J-LIS root's name (docs/protocol.md §13) is taken.
 * Files are written whole (a temporary file, then an atomic rename) and readable by the owner
 * only. Reading never fails on what it finds: a file that is not such a root, or does not match
 * its name, is skipped and reported in {@link Contents#skipped()}.
 */
public final class TrustStore {
    /** Far more than J-LIS will ever issue; a directory with more is not a store the user kept. */
    static final int MAX_FILES = 64;
    private static final String SUFFIX = ".pem";
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{64}\\.pem");

    private final Path directory;

    public TrustStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** What a store holds: the roots it could read, and the files it skipped with the reason. */
    public record Contents(List<TrustedRoot> roots, List<Skipped> skipped) {
        public Contents {
            roots = List.copyOf(roots);
            skipped = List.copyOf(skipped);
        }
    }

    /** A file in the store's directory that is not a root the store would have written; the message names it. */
    public record Skipped(Path file, String message) {
    }

    public Path directory() {
        return directory;
    }

    /**
     * Checks {@code root} as {@link #add} does, without storing it.
     *
     * @return the root as it would be trusted
     * @throws TrustStoreException {@code NOT_SELF_SIGNED_CA}, {@code NOT_A_JPKI_NAME} or {@code ALREADY_PINNED}
     */
    public static TrustedRoot check(X509Certificate root) throws TrustStoreException {
        if (root.getBasicConstraints() < 0 || !Signatures.isSelfSigned(root)) {
            throw new TrustStoreException(TrustStoreException.Reason.NOT_SELF_SIGNED_CA,
                    "not a self-signed CA certificate: " + root.getSubjectX500Principal());
        }
        CertificatePurpose purpose = JpkiRootName.purpose(root).orElseThrow(() -> new TrustStoreException(
                TrustStoreException.Reason.NOT_A_JPKI_NAME, "not named as a J-LIS root is (C=JP, O=JPKI, OU=JPKI for "
                + "user authentication|JPKI for digital signature, OU=" + JpkiRootName.AGENCY + "): "
                + root.getSubjectX500Principal()));
        Optional<TrustedRoot> pinned = TrustAnchors.jlis().find(root);
        if (pinned.isPresent()) {
            throw new TrustStoreException(TrustStoreException.Reason.ALREADY_PINNED,
                    "already pinned: " + pinned.get().label());
        }
        return TrustedRoot.stored(root, purpose);
    }

    /** Stores {@code root} once {@link #check} accepts it; storing it again changes nothing. */
    public TrustedRoot add(X509Certificate root) throws TrustStoreException {
        TrustedRoot trusted = check(root);
        try {
            createDirectory();
            Path temporary = Files.createTempFile(directory, ".adding-", ".tmp", ownerOnly("rw-------"));
            try {
                Files.writeString(temporary, pem(root), StandardCharsets.US_ASCII);
                move(temporary, file(trusted.fingerprint()));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new TrustStoreException(TrustStoreException.Reason.NOT_WRITABLE,
                    directory + ": cannot store the root (" + e.getClass().getSimpleName() + ")", e);
        }
        return trusted;
    }

    /** Removes the root with this fingerprint; false when the store does not hold it. */
    public boolean remove(Fingerprint fingerprint) throws TrustStoreException {
        try {
            return Files.deleteIfExists(file(fingerprint));
        } catch (IOException e) {
            throw new TrustStoreException(TrustStoreException.Reason.NOT_WRITABLE,
                    file(fingerprint) + ": cannot remove (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The roots stored; an absent directory is an empty store. */
    public Contents load() {
        List<TrustedRoot> roots = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return new Contents(roots, skipped);
        }
        int seen = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (++seen > MAX_FILES) {
                    skipped.add(new Skipped(file, file + ": more than " + MAX_FILES + " files in the store: not read"));
                    continue;
                }
                try {
                    roots.add(read(file));
                } catch (CertificateFileException e) {
                    skipped.add(new Skipped(file, e.getMessage()));
                } catch (TrustStoreException e) {
                    skipped.add(new Skipped(file, file + ": " + e.getMessage()));
                }
            }
        } catch (IOException | RuntimeException e) {
            skipped.add(new Skipped(directory, directory + ": cannot be listed (" + e.getClass().getSimpleName() + ")"));
        }
        return new Contents(roots, skipped);
    }

    /** The root in {@code file}, when it is one the store would have written. */
    private static TrustedRoot read(Path file) throws IOException {
        if (!FILE_NAME.matcher(file.getFileName().toString()).matches()) {
            throw new CertificateFileException(file, "not a file the store writes (<sha-256>.pem)");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CertificateFileException(file, "not a regular file");
        }
        TrustedRoot trusted = check(CertificateFiles.readCertificate(file));
        if (!file.getFileName().toString().equals(trusted.fingerprint().hex() + SUFFIX)) {
            throw new CertificateFileException(file, "holds the root with SHA-256 " + trusted.fingerprint()
                    + ", not the one it is named for");
        }
        return trusted;
    }

    /** The file a root with this fingerprint is stored in. */
    public Path file(Fingerprint fingerprint) {
        return directory.resolve(fingerprint.hex() + SUFFIX);
    }

    private void createDirectory() throws IOException {
        try {
            Files.createDirectories(directory.getParent() == null ? directory : directory.getParent());
            Files.createDirectory(directory, ownerOnly("rwx------"));
        } catch (FileAlreadyExistsException exists) {
            if (!Files.isDirectory(directory)) {
                throw exists;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** POSIX permissions where the file system has them (not on Windows, where the profile directory is private). */
    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static String pem(X509Certificate root) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(root);
        }
        return text.toString();
    }
}
