/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * mynacard through the real PC/SC path: javax.smartcardio → pcscd → vpcd's virtual reader, with
 * the simulated card connected to vpcd on 127.0.0.1:35963 ({@code Virtual PCD 00 00}) for the
 * whole class. Skipped with a loud note where pcscd or vpcd is missing; on CI (CI=true) that is a
 * failure instead. vpcd serves one card per reader: another process using the same virtual
 * reader at the same time disturbs these tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PcscReaderTest {
    private static final String READER = "Virtual PCD 00 00";
    private static final String OTHER_READER = "Virtual PCD 00 01";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path home;

    private CliRunner cli;
    private PcscReaders readers;
    private VpcdConnector connector;

    @BeforeAll
    void insertTheSimulatedCard() throws Exception {
        readers = requireVirtualReaders();
        awaitCard(false);
        cli = new CliRunner(home);
        PersistentCard card = PersistentCard.open(cli.stateFile(), DefaultCard::image, warning -> fail(warning));
        connector = new VpcdConnector(card).start();
        awaitCard(true);
    }

    @AfterAll
    void removeIt() throws Exception {
        if (connector != null) {
            connector.close();
            awaitCard(false);
        }
    }

    /**
     * A resident's everyday command on a reader, in a JVM of its own, loads neither picocli's model
     * and help, nor Jackson's mapper, nor Bouncy Castle: each costs start-up time (docs/benchmarks.md).
     */
    @Test
    void pinStatusOnAReaderLoadsNoCommandLineModelNoJsonMapperNoBouncyCastle() throws Exception {
        Path log = home.resolve("classes.log");
        JavaProcess.Ended run = JavaProcess.start(home, Map.of("MYNACARD_HOME", home.toString(), "MYNACARD_CARD_WAIT", "0",
                "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), Main.class, "--reader", READER, "pin", "status")
                .awaitEnd(WAIT);

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("3 of 3"), run::toString);
        String loaded = Files.readString(log);
        assertTrue(loaded.contains(" dev.mynacard.cli.SimpleLine "), "the log names the classes loaded");
        for (String unwanted : List.of("picocli.CommandLine$Model", "picocli.CommandLine$Help", "picocli.CommandLine$Interpreter",
                "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonGenerator", "org.bouncycastle.")) {
            assertFalse(loaded.contains(" " + unwanted), unwanted);
        }
    }

    @Test
    void readersListsTheVirtualReaders() {
        CliRunner.Result result = cli.run("--json", "readers");

        assertEquals(0, result.status(), result::toString);
        List<String> withCard = new ArrayList<>();
        for (JsonNode reader : result.json().get("readers")) {
            if (reader.get("cardPresent").asBoolean()) {
                withCard.add(reader.get("name").asText());
            }
        }
        assertTrue(withCard.contains(READER), result::toString);
        assertFalse(withCard.contains(OTHER_READER), result::toString);
    }

    @Test
    void pinStatusThroughPcsc() {
        CliRunner.Result result = cli.run("pin", "status", "--reader", READER, "--json");

        assertEquals(0, result.status(), result::toString);
        assertEquals("{\"pins\":[{\"id\":\"auth\",\"remaining\":3,\"max\":3,\"state\":\"ok\"},"
                + "{\"id\":\"sign\",\"remaining\":5,\"max\":5,\"state\":\"ok\"},"
                + "{\"id\":\"text\",\"remaining\":3,\"max\":3,\"state\":\"ok\"},"
                + "{\"id\":\"juki\",\"remaining\":3,\"max\":3,\"state\":\"ok\"}]}", result.out().strip());
    }

    @Test
    void aWrongPinThroughPcscIsCountedByTheCardAndSaved() {
        CliRunner.Result wrong = cli.runWithStdin("0000\n", "--reader", READER, "--pin-stdin", "--trace", "pin",
                "verify", "text");

        assertEquals(5, wrong.status(), wrong::toString);
        assertTrue(wrong.commands().contains("00 20 00 91 <redacted>"), wrong.commands().toString());
        assertEquals(2, cli.run("--reader", READER, "--json", "pin", "status").json().at("/pins/2/remaining").asInt());
        assertEquals(2, cli.run("--sim", "--json", "pin", "status").json().at("/pins/2/remaining").asInt(),
                "the hosted card saved its state file after the VERIFY");

        assertEquals(0, cli.runWithStdin("1234\n", "--reader", READER, "--pin-stdin", "pin", "verify", "text").status());
        assertEquals(3, cli.run("--reader", READER, "--json", "pin", "status").json().at("/pins/2/remaining").asInt());
    }

    @Test
    void statusNamesTheReader() {
        CliRunner.Result result = cli.run("--reader", "pcd 00 00", "status");

        assertEquals(0, result.status(), result::toString);
        assertTrue(result.out().contains("Where                reader " + READER + "\n"), result::toString);
    }

    @Test
    void theSimulatorsRootsAreNotTrustedForACardInAReader() {
        CliRunner.Result result = cli.run("--reader", READER, "--json", "cert", "verify", "auth");

        assertEquals(3, result.status(), result::toString);
        JsonNode checks = result.json().at("/validation/checks");
        boolean rootRefused = false;
        for (JsonNode check : checks) {
            if (check.get("check").asText().equals("root-trusted")) {
                rootRefused = check.get("outcome").asText().equals("failed");
            }
        }
        assertTrue(rootRefused, checks::toString);
    }

    @Test
    void theRefusalInJapaneseGivesEveryReasonInJapanese() {
        CliRunner.Result result = cli.run("--reader", READER, "--lang", "ja", "cert", "verify", "auth");

        assertEquals(3, result.status(), result::toString);
        assertTrue(result.out().startsWith("利用者証明用電子証明書は有効ではありません。\n"), result::toString);
        assertTrue(result.out().contains("mynacard シミュレーターのルート証明書です (SHA-256 "), result::toString);
        assertTrue(result.out().contains("テスト階層に属しています ("), result::toString);
        assertTrue(result.out().contains("確認していません (J-LIS は契約した検証者にのみ失効情報を提供)"), result::toString);
        for (JsonNode check : cli.run("--reader", READER, "--json", "cert", "verify", "auth").json()
                .at("/validation/checks")) {
            assertFalse(result.out().contains(check.get("reason").asText()), () -> check + "\n" + result.out());
        }
        String withoutNames = result.out().replaceAll("OU=[^,]*,", ""); // the issuer's DN is data, in English
        assertFalse(withoutNames.matches("(?s).*\\b(the|not|is|was|only|when|with|no)\\b.*"), withoutNames);
    }

    @Test
    void anEmptyReaderAndAnUnknownReader() {
        CliRunner.Result empty = cli.run("--reader", OTHER_READER, "--json", "pin", "status");
        assertEquals(13, empty.status(), empty::toString);
        assertEquals("no-card", empty.json().at("/error/code").asText());

        CliRunner.Result unknown = cli.run("--reader", "no such reader", "pin", "status");
        assertEquals(12, unknown.status(), unknown::toString);
        assertTrue(unknown.err().contains("No reader matches, or more than one does"), unknown::toString);
    }

    @Test
    void aCardInsertedWhileWaitingIsUsedAndTheWaitShowsOnATerminal() throws Exception {
        AtomicReference<CliRunner.Result> waited = new AtomicReference<>();
        Thread command = new Thread(() -> waited.set(cli.terminal(true).env("MYNACARD_CARD_WAIT", "15")
                .run("--reader", OTHER_READER, "--json", "pin", "status")));
        command.start();
        Thread.sleep(1500);
        PersistentCard second = PersistentCard.open(cli.stateFile(), DefaultCard::image, warning -> { });
        try (VpcdConnector inserted = new VpcdConnector(second,
                VpcdOptions.defaults().withAddress("127.0.0.1", 35964)).start()) {
            command.join(WAIT.toMillis());
            assertEquals(0, waited.get().status(), waited.get()::toString);
            assertTrue(waited.get().err().startsWith("Insert the My Number Card into " + OTHER_READER
                    + " (waiting up to 15 s)."), waited.get()::toString);
        } finally {
            cli.terminal(false).env("MYNACARD_CARD_WAIT", "0");
        }
        awaitCard(OTHER_READER, false);
    }

    @Test
    void withoutATerminalTheWaitIsSilent() {
        CliRunner.Result result = cli.env("MYNACARD_CARD_WAIT", "1").run("--reader", OTHER_READER, "pin", "status");
        cli.env("MYNACARD_CARD_WAIT", "0");

        assertEquals(13, result.status(), result::toString);
        assertEquals("mynacard: No card in the reader. Insert the My Number Card and try again. (No card in the reader '"
                + OTHER_READER + "' after waiting 1 s)", result.err().strip());
    }

    @Test
    void simServePutsTheCardIntoTheOtherReader() throws Exception {
        AtomicReference<CliRunner.Result> served = new AtomicReference<>();
        Thread serve = new Thread(() -> served.set(cli.run("sim", "serve", "--vpcd", "127.0.0.1:35964")));
        serve.start();
        try {
            awaitCard(OTHER_READER, true);
            CliRunner.Result status = cli.run("--reader", OTHER_READER, "--json", "pin", "status");
            assertEquals(0, status.status(), status::toString);
        } finally {
            serve.interrupt();
            serve.join(WAIT.toMillis());
        }
        assertEquals(0, served.get().status(), () -> String.valueOf(served.get()));
        assertTrue(served.get().err().contains("serving the simulated card"), served.get()::toString);
        awaitCard(OTHER_READER, false);
    }

    private void awaitCard(boolean present) throws Exception {
        awaitCard(READER, present);
    }

    private void awaitCard(String name, boolean present) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (readers.find(name).cardPresent() != present) {
            if (System.nanoTime() > deadline) {
                fail(name + (present ? " has no card" : " still holds a card (another test using vpcd?)")
                        + " after " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    private static PcscReaders requireVirtualReaders() {
        List<String> missing = new ArrayList<>();
        if (!Files.exists(Path.of("/run/pcscd/pcscd.comm"))) {
            missing.add("pcscd is not running (no /run/pcscd/pcscd.comm)");
        }
        if (!Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
            missing.add("the vpcd driver is not installed (apt-get install vsmartcard-vpcd)");
        }
        PcscReaders found = null;
        if (missing.isEmpty()) {
            try {
                found = PcscReaders.open();
                List<String> names = found.list().stream().map(PcscReader::name).toList();
                if (!names.contains(READER) || !names.contains(OTHER_READER)) {
                    missing.add("no '" + READER + "' and '" + OTHER_READER + "' readers among " + names);
                }
            } catch (TransportException e) {
                missing.add("PC/SC is not usable: " + e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            String message = "the mynacard PC/SC tests need pcscd with vpcd's virtual readers (.ci/run sets them up): "
                    + String.join("; ", missing);
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true, so this must not be skipped: " + message);
            }
            System.err.println("\n!!! SKIPPING mynacard PC/SC TESTS: " + message + "\n");
            Assumptions.abort(message);
        }
        return found;
    }
}
