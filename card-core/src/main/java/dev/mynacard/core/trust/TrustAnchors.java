/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roots a verifier trusts, each identified by its SHA-256 fingerprint — never by name: every
 * generation of a J-LIS root carries the same name, and anyone can make a certificate with it.
 * Immutable; the {@code with…} methods return a new set.
 *
 * <ul>
 * <li>{@link #jlis()}: the pinned J-LIS production roots. The default.</li>
 * <li>{@link #withSimulator()}: also the mynacard simulator's roots, which also enables the test
 *     hierarchy (the JPKI-TEST signing policy). Never implied by anything else.</li>
 * <li>{@link #withRootFile(Path)} / {@link #withRoot}: a root the user supplies, e.g. the J-LIS
 *     generation-2 user-authentication root, whose fingerprint is not pinned here.</li>
 * <li>{@link #withStore(TrustStore)}: the J-LIS roots the user added once to a {@link TrustStore}.</li>
 * </ul>
 */
public final class TrustAnchors {
    private static final System.Logger LOG = System.getLogger(TrustAnchors.class.getName());
    private final Map<Fingerprint, TrustedRoot> roots;

    private TrustAnchors(Map<Fingerprint, TrustedRoot> roots) {
        this.roots = roots;
    }

    /** The pinned J-LIS production roots. */
    public static TrustAnchors jlis() {
        return new TrustAnchors(Map.of()).with(PinnedRoots.JLIS);
    }

    /** These anchors plus the simulator's roots; enables the test hierarchy. */
    public TrustAnchors withSimulator() {
        return with(PinnedRoots.SIMULATOR);
    }

    /**
     * These anchors plus a self-signed CA certificate. Adding the file of a pinned root attaches
     * the certificate to the pin (so the card need not supply it) and keeps the pin's description.
     *
     * @throws IllegalArgumentException when {@code root} is not a self-signed CA certificate
     */
    public TrustAnchors withRoot(X509Certificate root, Hierarchy hierarchy) {
        if (root.getBasicConstraints() < 0 || !Signatures.isSelfSigned(root)) {
            throw new IllegalArgumentException("not a self-signed CA certificate: " + root.getSubjectX500Principal());
        }
        Fingerprint fingerprint = Fingerprint.of(root);
        TrustedRoot known = roots.get(fingerprint);
        return with(List.of(known != null ? known.withCertificate(root) : TrustedRoot.added(root, hierarchy)));
    }

    /** These anchors plus a production root read from a PEM or DER file. */
    public TrustAnchors withRootFile(Path file) throws CertificateFileException {
        X509Certificate root = CertificateFiles.readCertificate(file);
        try {
            return withRoot(root, Hierarchy.PRODUCTION);
        } catch (IllegalArgumentException e) {
            throw new CertificateFileException(file, e.getMessage());
        }
    }

    /**
     * These anchors plus the roots the user added to {@code store}. Files the store skips are left
     * out with a warning in the log; {@link #withStored} lets a caller show them itself.
     */
    public TrustAnchors withStore(TrustStore store) {
        TrustStore.Contents contents = store.load();
        contents.skipped().forEach(skipped -> LOG.log(System.Logger.Level.WARNING, "trust store: skipped " + skipped.message()));
        return withStored(contents);
    }

    /** These anchors plus the roots a store held. */
    public TrustAnchors withStored(TrustStore.Contents contents) {
        return with(contents.roots());
    }

    public Optional<TrustedRoot> find(Fingerprint fingerprint) {
        return Optional.ofNullable(roots.get(fingerprint));
    }

    public Optional<TrustedRoot> find(X509Certificate root) {
        return find(Fingerprint.of(root));
    }

    /** True once a test root (the simulator's, or one added as {@link Hierarchy#TEST}) is trusted. */
    public boolean testHierarchyEnabled() {
        return roots.values().stream().anyMatch(root -> root.hierarchy() == Hierarchy.TEST);
    }

    public List<TrustedRoot> roots() {
        return List.copyOf(roots.values());
    }

    /** The root certificates these anchors hold themselves (added from files). */
    List<X509Certificate> certificates() {
        List<X509Certificate> certificates = new ArrayList<>();
        roots.values().forEach(root -> root.certificate().ifPresent(certificates::add));
        return certificates;
    }

    /** A simulator root, whether or not these anchors trust it: lets a rejection say what it rejected. */
    static boolean isSimulatorRoot(Fingerprint fingerprint) {
        return PinnedRoots.SIMULATOR.stream().anyMatch(root -> root.fingerprint().equals(fingerprint));
    }

    private TrustAnchors with(List<TrustedRoot> more) {
        Map<Fingerprint, TrustedRoot> all = new LinkedHashMap<>(roots);
        more.forEach(root -> all.merge(root.fingerprint(), root,
                (known, added) -> added.certificate().isPresent() ? added
                        : known.certificate().map(added::withCertificate).orElse(added)));
        return new TrustAnchors(Collections.unmodifiableMap(all));
    }

    @Override
    public String toString() {
        return "TrustAnchors" + roots.values();
    }
}
