/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.interop;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import dev.mynacard.apdu.pcsc.PcscReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real PC/SC stack the interop tests need: pcscd with vsmartcard's vpcd readers, and for some
 * tests OpenSC. Where a part is missing the tests are skipped with a loud note on stderr; on CI
 * (env CI=true), which installs everything, they fail instead.
 */
public final class PcscStack {
    /** The reader vpcd's port 35963 stands for. */
    public static final String READER = PcscTestEnvironment.READER;
    public static final String OTHER_READER = PcscTestEnvironment.EMPTY_READER;
    public static final Duration CARD_WAIT = Duration.ofSeconds(10);
    private static final List<Path> PKCS11_MODULES = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so"),
            Path.of("/usr/lib64/opensc-pkcs11.so"),
            Path.of("/usr/lib/opensc-pkcs11.so"));

    private PcscStack() {
    }

    /** The PC/SC readers, once pcscd and both vpcd readers are known to be there. */
    public static PcscReaders requireVirtualReaders() {
        return PcscTestEnvironment.requireVirtualReaders();
    }

    /** OpenSC's PKCS#11 module, once opensc-tool, pkcs15-tool and pkcs11-tool are known to be there too. */
    public static Path requireOpenSc() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("opensc-tool", "pkcs15-tool", "pkcs11-tool")) {
            if (onPath(tool).isEmpty()) {
                missing.add(tool + " is not on the PATH");
            }
        }
        Optional<Path> module = PKCS11_MODULES.stream().filter(Files::isRegularFile).findFirst();
        if (module.isEmpty()) {
            missing.add("no opensc-pkcs11.so in " + PKCS11_MODULES);
        }
        PcscTestEnvironment.require(missing, "the OpenSC interop tests need OpenSC (apt-get install opensc)");
        return module.orElseThrow();
    }

    /** Waits until {@link #READER} holds a card ({@code present}) or holds none. */
    public static void awaitCard(PcscReaders readers, boolean present) throws TransportException, InterruptedException {
        PcscTestEnvironment.awaitCard(readers, READER, present);
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
