/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.trust;

import dev.mynacard.cli.Invocation;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.MynacardHome;
import dev.mynacard.core.trust.CertificateFileException;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.TrustStore;
import java.nio.file.Path;
import java.util.List;

/**
 * The roots a validating command trusts: the pinned J-LIS roots, the simulator's with --sim, the
 * roots added once with {@code mynacard trust add} (in $MYNACARD_HOME/trust-roots) and those given
 * with --trust-root. A file in the store that is not a root is left out with a warning.
 */
public final class TrustRoots {
    static final String DIRECTORY = "trust-roots";

    private TrustRoots() {
    }

    public static TrustStore store(Io io) {
        return new TrustStore(MynacardHome.directory(io).resolve(DIRECTORY));
    }

    /** @throws CertificateFileException when a --trust-root file is unreadable or not a root (before any card is touched) */
    public static TrustAnchors anchors(Invocation invocation, List<Path> rootFiles) throws CertificateFileException {
        TrustAnchors anchors = TrustAnchors.jlis();
        if (invocation.options().simulated()) {
            anchors = anchors.withSimulator();
        }
        anchors = anchors.withStored(load(invocation));
        for (Path root : rootFiles) {
            anchors = anchors.withRootFile(root);
        }
        return anchors;
    }

    /** The store's roots; each file it skipped is named in a warning. */
    public static TrustStore.Contents load(Invocation invocation) {
        TrustStore.Contents contents = store(invocation.io()).load();
        contents.skipped().forEach(skipped -> invocation.output().note("trust.skipped", skipped.message()));
        return contents;
    }
}
