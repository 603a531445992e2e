package dev.mynacard.sim.interop;

import static org.junit.jupiter.api.Assertions.fail;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.apdu.pcsc.PcscReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PC/SC stack the interop tests need: pcscd with vsmartcard's vpcd readers, and for some
 * tests OpenSC. Where a part is missing the tests are skipped with a loud note on stderr; on CI
 * (env CI=true), which installs everything, they fail instead.
 */
public final class PcscStack {
    /** The reader vpcd's port 35963 stands for. */
    public static final String READER = "Virtual PCD 00 00";
    public static final String OTHER_READER = "Virtual PCD 00 01";
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
        List<String> missing = new ArrayList<>();
        if (!Files.exists(Path.of("/run/pcscd/pcscd.comm"))) {
            missing.add("pcscd is not running (no /run/pcscd/pcscd.comm)");
        }
        if (!Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
            missing.add("the vpcd driver is not installed (no /etc/reader.conf.d/vpcd; apt-get install vsmartcard-vpcd)");
        }
        PcscReaders readers = null;
        if (missing.isEmpty()) {
            try {
                readers = PcscReaders.open();
                List<String> names = readers.list().stream().map(PcscReader::name).toList();
                if (!names.contains(READER) || !names.contains(OTHER_READER)) {
                    missing.add("no '" + READER + "' and '" + OTHER_READER + "' readers among " + names);
                }
            } catch (TransportException e) {
                missing.add("PC/SC is not usable: " + e.getMessage());
            }
        }
        require(missing, "the simulator's PC/SC interop tests need pcscd with the vpcd virtual reader; run .ci/run");
        return readers;
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
        require(missing, "the OpenSC interop tests need OpenSC (apt-get install opensc)");
        return module.orElseThrow();
    }

    /** Waits until {@link #READER} holds a card ({@code present}) or holds none. */
    public static void awaitCard(PcscReaders readers, boolean present) throws TransportException, InterruptedException {
        long deadline = System.nanoTime() + CARD_WAIT.toNanos();
        while (readers.find(READER).cardPresent() != present) {
            if (System.nanoTime() > deadline) {
                fail(READER + (present ? " has no card" : " still has a card") + " after " + CARD_WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
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

    private static void require(List<String> missing, String why) {
        if (missing.isEmpty()) {
            return;
        }
        String message = why + ": " + String.join("; ", missing);
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true, so this must not be skipped: " + message);
        }
        System.err.println();
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println("!!! SKIPPING SIMULATOR PC/SC INTEROP TESTS");
        System.err.println("!!! " + message);
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println();
        Assumptions.abort(message);
    }
}
