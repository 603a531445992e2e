/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real J-LIS roots in {@code shared/jpki-roots/}, outside the repository. On CI they must be
 * there; elsewhere their absence skips the test, loudly. The shared directory is the system
 * property {@code mynacard.shared} or the environment's {@code MYNACARD_SHARED} when set (a checkout
 * elsewhere, e.g. a git worktree), else {@code ../../shared} from the module.
 */
public final class RealRoots {
    public static final Path DIRECTORY = shared().resolve("jpki-roots").normalize();

    private RealRoots() {
    }

    private static Path shared() {
        String configured = System.getProperty("mynacard.shared", System.getenv("MYNACARD_SHARED"));
        return configured != null && !configured.isEmpty() ? Path.of(configured)
                : Path.of(System.getProperty("user.dir"), "..", "..", "shared");
    }

    /** The file of one root, e.g. {@code auth_ca_2023.pem}; fails on CI and skips elsewhere when missing. */
    public static Path file(String name) {
        Path file = DIRECTORY.resolve(name);
        if (!Files.isRegularFile(file)) {
            String message = "J-LIS root " + file + " is missing";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (required on CI)");
            }
            System.err.println("SKIPPED: " + message + "; the pin test did not run");
            Assumptions.abort(message);
        }
        return file;
    }
}
