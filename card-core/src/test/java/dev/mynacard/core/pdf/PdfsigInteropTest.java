/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import static dev.mynacard.core.pdf.TestPdfs.contract;
import static dev.mynacard.core.pdf.TestPdfs.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mynacard.core.card.TestCards;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * poppler's pdfsig (Debian poppler-utils), an independent validator, on mynacard's PDF signatures,
 * with an NSS database of its own that trusts the simulator's signing root. On CI (CI=true) a
 * missing pdfsig or certutil fails; elsewhere the test is skipped, saying so.
 */
class PdfsigInteropTest {
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path directory;
    private static Path nssDatabase;

    @BeforeAll
    static void trustTheSimulatorRoot() throws Exception {
        requireTool("pdfsig");
        requireTool("certutil");
        nssDatabase = Files.createDirectory(directory.resolve("nss"));
        Path root = Files.write(directory.resolve("sign-root.der"), TestCards.defaultCard().signRoot().getEncoded());
        run("certutil", "-N", "-d", "sql:" + nssDatabase, "--empty-password");
        run("certutil", "-A", "-d", "sql:" + nssDatabase, "-n", "mynacard-simulator-sign-root", "-t", "CT,C,C",
                "-i", root.toString());
    }

    @Test
    void pdfsigSaysTheSignatureIsValidAndTrusted() throws Exception {
        Path pdf = Files.write(directory.resolve("signed.pdf"), signed(contract()));

        String out = run("pdfsig", "-nssdir", "sql:" + nssDatabase, pdf.toString());

        assertTrue(out.contains("Signature Validation: Signature is Valid."), out);
        assertTrue(out.contains("Certificate Validation: Certificate is Trusted."), out);
        assertTrue(out.contains("ETSI.CAdES.detached"), out);
        assertTrue(out.contains("Total document signed"), out);
    }

    @Test
    void pdfsigSeesBothSignaturesAndThatTheFirstDoesNotCoverTheFile() throws Exception {
        Path pdf = Files.write(directory.resolve("twice.pdf"), signed(signed(contract()), SubFilter.ADBE_PKCS7_DETACHED));

        String out = run("pdfsig", "-nssdir", "sql:" + nssDatabase, pdf.toString());

        assertEquals(2, out.split("Signature is Valid\\.", -1).length - 1, out);
        assertTrue(out.contains("Not total document signed"), out);
        assertTrue(out.contains("adbe.pkcs7.detached"), out);
    }

    private static void requireTool(String tool) {
        boolean found = System.getenv("PATH") != null && List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        if (!found) {
            String message = tool + " is not installed (Debian: poppler-utils, libnss3-tools)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (required on CI)");
            }
            System.err.println("SKIPPED: " + message + "; the pdfsig test did not run");
            Assumptions.abort(message);
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ":\n" + text);
        return text;
    }
}
