/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.core.trust.Fingerprint;
import dev.mynacard.sim.issue.SimulatorPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustCommandsTest {
    private static final Instant GENERATION_2_FROM = Instant.parse("2019-09-14T00:00:00Z");
    private static final Instant GENERATION_2_TO = Instant.parse("2029-09-14T00:00:00Z");
    private static final byte[] CONTENT = "転出届 / moving-out notification".getBytes(StandardCharsets.UTF_8);
    private static final String SIGN_2023_SHA256 = "d227f6cde11d35c5252178f106f843d24651944975413b539fa2fb68dbfa365f";
    private static JpkiLookalike pki;

    @TempDir
    Path home;
    @TempDir
    Path work;
    private CliRunner cli;
    private Path root;
    private String sha256;

    @BeforeAll
    static void issue() throws Exception {
        pki = JpkiLookalike.issue(GENERATION_2_FROM, GENERATION_2_TO);
    }

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRunner(home);
        root = Files.write(work.resolve("root.der"), pki.root().getEncoded());
        sha256 = Fingerprint.of(pki.root()).hex();
    }

    private Path store() {
        return home.resolve("trust-roots");
    }

    private List<Path> stored() throws Exception {
        if (!Files.isDirectory(store())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(store())) {
            return files.toList();
        }
    }

    @Test
    void withoutTerminalOrYesNothingIsAdded() throws Exception {
        CliRunner.Result add = cli.run("trust", "add", root.toString());

        assertEquals(2, add.status(), add::toString);
        assertTrue(add.err().contains("without a terminal mynacard cannot ask you to confirm"), add::toString);
        assertEquals(List.of(), stored());
    }

    @Test
    void addedRootIsShownStoredAndTrustedByVerify() throws Exception {
        Path signature = Files.write(work.resolve("doc.p7s"), pki.sign(CONTENT, Instant.parse("2026-11-20T01:00:00Z")));
        CliRunner.Result before = cli.run("verify", signature.toString());
        CliRunner.Result withOption = cli.run("verify", signature.toString(), "--trust-root", root.toString());

        CliRunner.Result add = cli.run("trust", "add", "--yes", root.toString());
        CliRunner.Result after = cli.run("verify", signature.toString());

        assertEquals(3, before.status(), before::toString);
        assertTrue(before.out().contains("root not pinned"), before::toString);
        assertEquals(0, withOption.status(), withOption::toString);
        assertEquals(0, add.status(), add::toString);
        assertTrue(add.out().startsWith("Added: J-LIS digital signature root, generation 2 (2019–2029).\n"), add::toString);
        assertTrue(add.out().contains("Subject  OU=Japan Agency for Local Authority Information Systems,OU=JPKI for "
                + "digital signature,O=JPKI,C=JP\n"), add::toString);
        assertTrue(add.out().contains("Valid    2019-09-14 – 2029-09-14\n"), add::toString);
        assertTrue(add.out().contains("SHA-256  " + sha256 + "\n"), add::toString);
        assertEquals(List.of(store().resolve(sha256 + ".pem")), stored());
        assertEquals(0, after.status(), after::toString);
        assertTrue(after.out().contains("VALID"), after::toString);
    }

    @Test
    void onATerminalTheRootIsShownAndAddedOnlyAfterYes() throws Exception {
        List<String> prompts = new ArrayList<>();
        cli.console(prompt -> {
            prompts.add(prompt);
            return "no".toCharArray();
        });
        CliRunner.Result declined = cli.run("trust", "add", root.toString());
        assertEquals(2, declined.status(), declined::toString);
        assertTrue(declined.err().contains("SHA-256  " + sha256), "shown before the question: " + declined);
        assertTrue(prompts.get(0).contains("Go on only if the SHA-256 is the one J-LIS publishes"), prompts::toString);
        assertEquals(List.of(), stored());

        cli.console(prompt -> "yes".toCharArray());
        CliRunner.Result confirmed = cli.run("trust", "add", root.toString());

        assertEquals(0, confirmed.status(), confirmed::toString);
        assertEquals(1, stored().size());
    }

    @Test
    void onlySelfSignedCasWithAJpkiNameAreAdded() throws Exception {
        Path simulatorRoot = Files.write(work.resolve("sim.der"), SimulatorPki.standard().signRoot().getEncoded());
        Path holder = Files.write(work.resolve("holder.der"), pki.holder().getEncoded());
        Path garbage = Files.writeString(work.resolve("garbage.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");

        CliRunner.Result simulator = cli.run("trust", "add", "--yes", simulatorRoot.toString());
        CliRunner.Result notRoot = cli.run("trust", "add", "--yes", holder.toString());
        CliRunner.Result notCertificate = cli.run("trust", "add", "--yes", garbage.toString());

        assertEquals(20, simulator.status(), simulator::toString);
        assertTrue(simulator.err().contains("is not named as a J-LIS root is"), simulator::toString);
        assertEquals(20, notRoot.status(), notRoot::toString);
        assertTrue(notRoot.err().contains("is not a self-signed CA certificate"), notRoot::toString);
        assertEquals(20, notCertificate.status(), notCertificate::toString);
        assertEquals(List.of(), stored());
    }

    @Test
    void listShowsPinnedAndAddedRootsAndWhetherGeneration2AuthIsMissing() throws Exception {
        CliRunner.Result pinnedOnly = cli.run("trust", "list");
        JpkiLookalike auth = JpkiLookalike.issue(JpkiLookalike.AUTH_ROOT_NAME, GENERATION_2_FROM, GENERATION_2_TO);
        Path authRoot = Files.write(work.resolve("auth.der"), auth.root().getEncoded());
        assertEquals(0, cli.run("trust", "add", "--yes", authRoot.toString()).status());

        CliRunner.Result added = cli.run("trust", "list");
        JsonNode json = cli.run("--json", "trust", "list").json();
        String japanese = cli.run("--lang", "ja", "trust", "list").out();

        assertEquals(0, pinnedOnly.status(), pinnedOnly::toString);
        assertTrue(pinnedOnly.out().contains("digital signature    3     2023-07-16 – 2033-07-15  pinned  "
                + SIGN_2023_SHA256), pinnedOnly::toString);
        assertTrue(pinnedOnly.out().contains("generation-2 user-authentication root (2019–2029, serial 0133C349) is not"
                + " pinned"), pinnedOnly::toString);
        String row = "user authentication  2     2019-09-14 – 2029-09-14  added   " + Fingerprint.of(auth.root()).hex();
        assertTrue(added.out().contains(row), added::toString);
        assertFalse(added.out().contains("is not pinned"), added::toString);
        assertEquals(6, json.get("roots").size());
        JsonNode last = json.get("roots").get(5);
        assertEquals("added", last.get("source").asText());
        assertEquals("auth", last.get("purpose").asText());
        assertEquals(2, last.get("generation").asInt());
        assertEquals("2029-09-14", last.get("validUntil").asText());
        assertTrue(japanese.contains("利用者証明用"), japanese);
        assertTrue(japanese.contains("追加"), japanese);
    }

    @Test
    void removeByFingerprintOrFileOnlyWhatWasAdded() throws Exception {
        cli.run("trust", "add", "--yes", root.toString());

        CliRunner.Result pinned = cli.run("trust", "remove", SIGN_2023_SHA256.toUpperCase());
        CliRunner.Result byFile = cli.run("trust", "remove", root.toString());
        CliRunner.Result again = cli.run("trust", "remove", sha256);
        CliRunner.Result nonsense = cli.run("trust", "remove", "no-such-thing");

        assertEquals(2, pinned.status(), pinned::toString);
        assertTrue(pinned.err().contains("is pinned by mynacard and cannot be removed"), pinned::toString);
        assertEquals(0, byFile.status(), byFile::toString);
        assertEquals("Removed: " + sha256 + ". It is no longer trusted.\n", byFile.out());
        assertEquals(List.of(), stored());
        assertEquals(2, again.status(), again::toString);
        assertTrue(again.err().contains("No added root has SHA-256 " + sha256), again::toString);
        assertEquals(2, nonsense.status(), nonsense::toString);
    }

    @Test
    void addingARealPinnedRootStoresNothing() throws Exception {
        String shared = System.getProperty("mynacard.shared", System.getenv("MYNACARD_SHARED"));
        Path real = (shared == null ? Path.of(System.getProperty("user.dir"), "..", "..", "shared") : Path.of(shared))
                .resolve("jpki-roots").resolve("sign_ca_2023.pem");
        Assumptions.assumeTrue(Files.isRegularFile(real) || "true".equals(System.getenv("CI")), real + " is missing");

        CliRunner.Result add = cli.run("trust", "add", real.toString());

        assertEquals(0, add.status(), add::toString);
        assertTrue(add.out().startsWith("Already pinned by mynacard, nothing to add: J-LIS digital signature root, "
                + "generation 3 (2023–2033).\n"), add::toString);
        assertTrue(add.out().contains("Subject  OU=Japan Agency for Local Authority Information Systems,OU=JPKI for "
                + "digital signature,O=JPKI,C=JP\n"), add::toString);
        assertTrue(add.out().contains("SHA-256  " + SIGN_2023_SHA256 + "\n"), add::toString);
        assertEquals(List.of(), stored());
    }

    @Test
    void aHostileFileInTheStoreIsIgnoredWithAWarning() throws Exception {
        Files.createDirectories(store());
        Files.writeString(store().resolve("ab".repeat(32) + ".pem"), "\u001b[2J not a certificate");
        Path signature = Files.write(work.resolve("doc.p7s"), pki.sign(CONTENT, Instant.parse("2026-11-20T01:00:00Z")));

        CliRunner.Result list = cli.run("trust", "list");
        CliRunner.Result verify = cli.run("verify", signature.toString(), "--trust-root", root.toString());

        assertEquals(0, list.status(), list::toString);
        assertTrue(list.err().contains("Warning: a file in the trust store is ignored: "), list::toString);
        assertTrue(list.err().contains("not an X.509 certificate"), list::toString);
        assertEquals(0, verify.status(), verify::toString);
        assertTrue(verify.err().contains("is ignored"), verify::toString);
    }
}
