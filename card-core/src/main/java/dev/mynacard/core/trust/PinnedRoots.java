/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static dev.mynacard.core.cert.CertificatePurpose.AUTH;
import static dev.mynacard.core.cert.CertificatePurpose.SIGN;

import dev.mynacard.core.cert.CertificatePurpose;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fingerprints this library pins. J-LIS: the public facts in docs/protocol.md §13 (J-LIS roots);
 * the generation-2 user-authentication root (2019–2029, serial 0133C349) is not known here, so
 * cards issued 2019–2023 need its file added by the user.
 *
 * <p>Simulator: the two roots of {@code SimulatorPki.standard()} in the simulator module, which
 * derives them deterministically from a fixed seed. They are pinned here rather than passed in by
 * the caller so that trusting the simulator is one explicit switch ({@link TrustAnchors#withSimulator()})
 * that needs no dependency on the simulator, and so that a verifier in production mode can name a
 * simulated card as such when rejecting it. A test compares these pins with the simulator's roots.
 */
final class PinnedRoots {
    static final List<TrustedRoot> JLIS = List.of(
            jlis("4dcfc4ca0aaf9fb2a3081b3f0c991c320b3acc008667a341eeaec5af1d58ca7d", AUTH, 1, "2015-10-20", "2025-10-19"),
            jlis("64114f29620c24ed2631d46476a040e7ee740d956089c00b036a6a8118c322b5", AUTH, 3, "2023-07-16", "2033-07-15"),
            jlis("19645405a1fe14377434bd55957628ac4038557c542403a2243f21c706fc9355", SIGN, 1, "2015-10-20", "2025-10-19"),
            jlis("79679c33e4cc9319440f1ad120a597ff1844e2ef217063adb176966fd5e6fbeb", SIGN, 2, "2019-09-14", "2029-09-14"),
            jlis("d227f6cde11d35c5252178f106f843d24651944975413b539fa2fb68dbfa365f", SIGN, 3, "2023-07-16", "2033-07-15"));

    static final List<TrustedRoot> SIMULATOR = List.of(
            TrustedRoot.pinned("6c76733322cd793aa96461a4ad48933f3d0514011a4f6ace4defb03911469b31",
                    "mynacard simulator user authentication root (not for production)", Hierarchy.TEST,
                    AUTH, OptionalInt.empty(), Optional.empty()),
            TrustedRoot.pinned("37c0666fe806f539b25116d4e56102264c3ac94c8eaf7de05de7396f61653e83",
                    "mynacard simulator digital signature root (not for production)", Hierarchy.TEST,
                    SIGN, OptionalInt.empty(), Optional.empty()));

    private PinnedRoots() {
    }

    private static TrustedRoot jlis(String hex, CertificatePurpose purpose, int generation, String from, String until) {
        RootValidity validity = RootValidity.parse(from, until);
        return TrustedRoot.pinned(hex, JpkiRootName.label(purpose, OptionalInt.of(generation), validity.from().getYear(),
                validity.until().getYear()), Hierarchy.PRODUCTION, purpose, OptionalInt.of(generation),
                Optional.of(validity));
    }
}
