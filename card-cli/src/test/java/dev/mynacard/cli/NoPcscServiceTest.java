package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        Run run = mynacard("readers");

        assertEquals(10, run.status(), run::toString);
        assertTrue(run.err().startsWith("mynacard: No PC/SC service is running. Start pcscd"), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
    }

    @Test
    void eachBackendSaysThereIsNoService() throws Exception {
        for (String backend : List.of("jdk", "jna")) {
            Run run = mynacard("--pcsc", backend, "--json", "pin", "status");

            assertEquals(10, run.status(), run::toString);
            JsonNode error = JSON.readTree(run.out()).get("error");
            assertEquals("no-pcsc-service", error.get("code").asText(), run::toString);
            assertTrue(error.get("message").asText().contains("SCARD_E_NO_SERVICE"), run::toString);
            assertEquals("", run.err(), run::toString);
        }
    }

    private record Run(int status, String out, String err) {
    }

    /** {@code mynacard args} in a JVM of its own whose PC/SC library looks for pcscd where there is none. */
    private Run mynacard(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("PCSCLITE_CSOCK_NAME", dir.resolve("no-pcscd.comm").toString());
        builder.environment().put("MYNACARD_HOME", dir.toString());
        builder.environment().put("MYNACARD_CARD_WAIT", "0");
        Process process = builder.start();
        if (!process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("mynacard " + String.join(" ", args) + " still ran after " + BOUND.toSeconds() + " s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
