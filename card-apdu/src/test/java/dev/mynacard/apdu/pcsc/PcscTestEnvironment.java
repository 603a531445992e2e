/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mynacard.apdu.TransportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks that the real PC/SC stack with vsmartcard's virtual reader is there. Where it is not, the
 * tests are skipped with a loud note on stderr; on CI (env CI=true), which installs it, they fail.
 */
public final class PcscTestEnvironment {
    public static final String READER = "Virtual PCD 00 00";
    public static final String EMPTY_READER = "Virtual PCD 00 01";

    private PcscTestEnvironment() {
    }

    /** The PC/SC readers, once pcscd and the vpcd readers are known to be present. */
    public static PcscReaders requireVirtualReaders() {
        List<String> missing = new ArrayList<>();
        if (!Files.exists(Path.of("/run/pcscd/pcscd.comm"))) {
            missing.add("pcscd is not running (no /run/pcscd/pcscd.comm)");
        }
        if (!Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
            missing.add("the vpcd driver is not installed"
                    + " (no /etc/reader.conf.d/vpcd; apt-get install vsmartcard-vpcd)");
        }
        PcscReaders readers = null;
        if (missing.isEmpty()) {
            try {
                readers = PcscReaders.open();
                List<String> names = readers.list().stream().map(PcscReader::name).toList();
                if (!names.contains(READER) || !names.contains(EMPTY_READER)) {
                    missing.add("no '" + READER + "' and '" + EMPTY_READER + "' readers among " + names);
                }
            } catch (TransportException e) {
                missing.add("PC/SC is not usable: " + e.getMessage());
            }
        }
        require(missing, "the PC/SC integration tests need pcscd with the vpcd virtual reader; run .ci/run");
        return readers;
    }

    /** Whether perl with Chipcard::PCSC (Debian libpcsc-perl, pulled in by pcsc-tools) is there. */
    public static void requirePerlPcsc() {
        List<String> missing = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("perl", "-MChipcard::PCSC", "-e", "1").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                missing.add("perl has no Chipcard::PCSC module (apt-get install libpcsc-perl)");
            }
        } catch (Exception e) {
            missing.add("perl cannot be started: " + e.getMessage());
        }
        require(missing, "this test plays 'another program' with perl's Chipcard::PCSC");
    }

    /** Waits up to 10 s until {@code reader} holds a card ({@code present}) or holds none. */
    public static void awaitCard(PcscReaders readers, String reader, boolean present)
            throws TransportException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (readers.find(reader).cardPresent() != present) {
            if (System.nanoTime() > deadline) {
                fail(reader + (present ? " has no card" : " still has a card") + " after 10 s");
            }
            Thread.sleep(50);
        }
    }

    /** Skips the test loudly (fails it when CI=true) when anything is {@code missing}, saying {@code why} it is needed. */
    public static void require(List<String> missing, String why) {
        if (missing.isEmpty()) {
            return;
        }
        String message = why + ": " + String.join("; ", missing);
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true, so this must not be skipped: " + message);
        }
        System.err.println();
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println("!!! SKIPPING PC/SC INTEGRATION TESTS");
        System.err.println("!!! " + message);
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println();
        Assumptions.abort(message);
    }
}
