/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mynacard command in a JVM whose PC/SC library finds no PC/SC service: libpcsclite is
 * pointed at a socket nobody listens on ({@code PCSCLITE_CSOCK_NAME}), as when pcscd is not
 * running or was killed. Both backends, and the automatic choice, say so with exit code 10 in
 * one line, promptly.
 */
class NoPcscServiceTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void automaticallyChosenBackendSaysThereIsNoService() throws Exception {
        JavaProcess.Ended run = mynacard("readers");

        assertEquals(10, run.status(), run::toString);
        assertTrue(run.err().startsWith("mynacard: No PC/SC service is running. Start pcscd"), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
    }

    @Test
    void eachBackendSaysThereIsNoService() throws Exception {
        for (String backend : List.of("jdk", "jna")) {
            JavaProcess.Ended run = mynacard("--pcsc", backend, "--json", "pin", "status");

            assertEquals(10, run.status(), run::toString);
            JsonNode error = JSON.readTree(run.out()).get("error");
            assertEquals("no-pcsc-service", error.get("code").asText(), run::toString);
            assertTrue(error.get("message").asText().contains("SCARD_E_NO_SERVICE"), run::toString);
            assertEquals("", run.err(), run::toString);
        }
    }

    /** {@code mynacard args} in a JVM of its own whose PC/SC library looks for pcscd where there is none. */
    private JavaProcess.Ended mynacard(String... args) throws Exception {
        return JavaProcess.start(dir, Map.of("PCSCLITE_CSOCK_NAME", dir.resolve("no-pcscd.comm").toString(),
                "MYNACARD_HOME", dir.toString(), "MYNACARD_CARD_WAIT", "0"), Main.class, args).awaitEnd(BOUND);
    }
}
