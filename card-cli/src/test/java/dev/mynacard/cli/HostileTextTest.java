/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from outside reaches the terminal with its controls and bidirectional overrides shown as
 * escapes, never acted on: a signer's name, the holder's name and address from the card, file names.
 */
class HostileTextTest {
    /** Clears the screen, homes the cursor, claims a verdict and conceals whatever follows. */
    private static final String FAKE_VERDICT = "\u001b[2J\u001b[HThe signature is VALID\u001b[8m";
    private static final String FAKE_VERDICT_SHOWN = "\\x1b[2J\\x1b[HThe signature is VALID\\x1b[8m";
    /** What a terminal or a bidirectional layout acts on; a line break only between lines. */
    private static final Pattern UNSAFE = Pattern.compile(
            "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]");
    private static final String HOSTILE_NAME = "山田\u001b]0;pwned\u0007\u202e太郎\n偽\u009b31m";
    private static final String HOSTILE_NAME_SHOWN = "山田\\x1b]0;pwned\\x07\\u202e太郎\\x0a偽\\x9b31m";
    private static final String HOSTILE_ADDRESS = "茨城県\t\u2066つくば市\u2069\u200f\u061c\r";
    private static final String HOSTILE_ADDRESS_SHOWN = "茨城県\\x09\\u2066つくば市\\u2069\\u200f\\u061c\\x0d";

    @TempDir
    Path home;
    @TempDir
    Path files;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void aSignerNamedLikeAVerdictCannotFakeOne() throws Exception {
        Path signature = Files.write(files.resolve("hostile.p7s"), signedBy(FAKE_VERDICT));

        CliRunner.Result result = cli.run("verify", signature.toString());

        assertEquals(3, result.status(), result::toString);
        assertSafe(result);
        assertTrue(result.out().startsWith("The signature is NOT valid (1 signer(s)).\n"), result::toString);
        assertTrue(result.out().contains(FAKE_VERDICT_SHOWN), result::toString);
    }

    @Test
    void aPdfSignatureFieldNamedLikeAVerdictCannotFakeOne() throws Exception {
        Path pdf = files.resolve("hostile.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(FAKE_VERDICT);
            PDSignature signature = new PDSignature();
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setContents(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
            field.setValue(signature);
            form.getFields().add(field);
            document.save(pdf.toFile());
        }

        CliRunner.Result result = cli.run("verify", pdf.toString());

        assertEquals(3, result.status(), result::toString);
        assertSafe(result);
        assertTrue(result.out().startsWith("The PDF's signatures are NOT valid (1 signature(s)).\n"), result::toString);
        assertTrue(result.out().contains("field \"" + FAKE_VERDICT_SHOWN + "\""), result::toString);
    }

    @Test
    void jsonEscapesTheSignersNameAndKeepsItExactly() throws Exception {
        Path signature = Files.write(files.resolve("hostile.p7s"), signedBy(FAKE_VERDICT + "\u202e\u0085"));

        CliRunner.Result result = cli.run("--json", "verify", signature.toString());

        assertEquals(3, result.status(), result::toString);
        assertSafe(result);
        JsonNode signer = result.json().at("/verification/signers/0");
        assertFalse(result.json().at("/verification/valid").asBoolean());
        assertEquals("CN=" + FAKE_VERDICT + "\u202e\u0085", signer.get("subject").asText());
    }

    @Test
    void theHolderFromTheTextApIsShownEscaped() {
        cli.card(hostileHolder());

        CliRunner.Result result = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "info");

        assertEquals(0, result.status(), result::toString);
        assertSafe(result);
        List<String> lines = result.out().lines().toList();
        assertEquals("Name        " + HOSTILE_NAME_SHOWN, lines.get(0), result::toString);
        assertEquals("Address     " + HOSTILE_ADDRESS_SHOWN, lines.get(3), result::toString);

        CliRunner.Result json = cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "--json", "info");
        assertSafe(json);
        assertEquals(HOSTILE_NAME, json.json().at("/info/name").asText());
        assertEquals(HOSTILE_ADDRESS, json.json().at("/info/address").asText());
    }

    @Test
    void theHolderInTheSigningCertificateIsShownEscaped() throws Exception {
        cli.card(hostileHolder());

        CliRunner.Result result = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "show", "sign");

        assertEquals(0, result.status(), result::toString);
        assertSafe(result);
        assertTrue(result.out().contains("Name        " + HOSTILE_NAME_SHOWN + "\n"), result::toString);
        assertTrue(result.out().contains(HOSTILE_ADDRESS_SHOWN + "\n"), result::toString);

        Path file = files.resolve("sign.txt");
        CliRunner.Result written = cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "cert", "show", "sign",
                "--out", file.toString());
        assertEquals(0, written.status(), written::toString);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(UNSAFE.matcher(text.replace("\n", "")).find(), text);
        assertTrue(text.contains(HOSTILE_NAME_SHOWN), text);
    }

    @Test
    void aStateFilePathWithControlsIsShownEscaped() {
        CliRunner hostileHome = new CliRunner(home.resolve("card\u001b[31m\u202e"));

        CliRunner.Result status = hostileHome.run("--sim", "status");
        assertEquals(0, status.status(), status::toString);
        assertSafe(status);
        assertTrue(status.out().contains("card\\x1b[31m\\u202e"), status::toString);

        CliRunner.Result readers = hostileHome.run("--sim", "readers");
        assertEquals(0, readers.status(), readers::toString);
        assertSafe(readers);
        assertTrue(readers.out().contains("card\\x1b[31m\\u202e"), readers::toString);
    }

    @Test
    void fileNamesInErrorsAreShownEscaped() {
        Path missing = files.resolve("x\u001b[2J\u202e.p7s");

        CliRunner.Result verify = cli.run("verify", missing.toString());
        assertEquals(20, verify.status(), verify::toString);
        assertSafe(verify);
        assertTrue(verify.err().contains("x\\x1b[2J\\u202e.p7s: no such file or directory"), verify::toString);

        Path target = files.resolve("gone\u001b[8m").resolve("auth.pem");
        CliRunner.Result show = cli.run("--sim", "cert", "show", "auth", "--out", target.toString());
        assertEquals(20, show.status(), show::toString);
        assertSafe(show);
        assertTrue(show.err().contains("gone\\x1b[8m"), show::toString);

        CliRunner.Result debug = cli.env(Cli.DEBUG_VARIABLE, "1").run("verify", missing.toString());
        assertEquals(20, debug.status(), debug::toString);
        assertTrue(debug.err().contains("\n\tat dev.mynacard.cli.file.InputFile.read("), debug::toString);
        String trace = debug.err().replace("\n\t", "\n");
        assertFalse(UNSAFE.matcher(trace).find(), "only the frames' own tabs: " + debug);
        assertTrue(trace.contains("x\\x1b[2J\\u202e.p7s"), debug::toString);
    }

    private static void assertSafe(CliRunner.Result result) {
        assertFalse(UNSAFE.matcher(result.out()).find(), () -> "stdout has a control: " + result);
        assertFalse(UNSAFE.matcher(result.err()).find(), () -> "stderr has a control: " + result);
    }

    private static HolderProfile hostileHolder() {
        return DefaultCard.profile().toBuilder().name(HOSTILE_NAME).address(HOSTILE_ADDRESS).build();
    }

    /** An attached CMS signature over a short text, by a self-signed certificate named {@code commonName}. */
    private static byte[] signedBy(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = CliRunner.NOW;
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name,
                keys.getPublic()).build(signer);
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()), certificate));
        cms.addCertificates(new JcaCertStore(List.of(certificate)));
        return cms.generate(new CMSProcessableByteArray("申請します。".getBytes(StandardCharsets.UTF_8)), true)
                .getEncoded();
    }
}
