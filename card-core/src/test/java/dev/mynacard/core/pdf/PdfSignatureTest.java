/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import static dev.mynacard.core.pdf.TestPdfs.SIMULATOR;
import static dev.mynacard.core.pdf.TestPdfs.contract;
import static dev.mynacard.core.pdf.TestPdfs.lastIndexOf;
import static dev.mynacard.core.pdf.TestPdfs.signed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.HolderInfo;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.cms.SignerCheck;
import dev.mynacard.core.trust.Check;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfSignatureTest {
    @Test
    void aSignedContractVerifiesAsAPadesSignatureOfTheSignKey() throws Exception {
        byte[] original = contract();
        byte[] copy = original.clone();
        byte[] pdf = signed(original);

        assertArrayEquals(copy, original, "the input is not changed");
        assertArrayEquals(original, Arrays.copyOf(pdf, original.length), "an incremental revision");
        PdfReport report = SIMULATOR.verify(pdf);
        assertTrue(report.isValid(), report::toString);
        PdfSignatureReport signature = report.signatures().get(0);
        assertEquals(pdf.length, signature.signedBytes());
        assertEquals(TestPdfs.SIGNED_AT, signature.claimedTime().orElseThrow());
        assertEquals(CertificatePurpose.SIGN,
                signature.cms().orElseThrow().signers().get(0).signerKey().orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature dictionary = document.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", dictionary.getSubFilter());
            SignerInformation signer = new CMSSignedData(ContentInfo.getInstance(
                    new ASN1InputStream(dictionary.getContents()).readObject())).getSignerInfos().iterator().next();
            assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertEquals(null, signer.getSignedAttributes().get(CMSAttributes.signingTime),
                    "PAdES: the time is the dictionary's /M");
            assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID());
        }
    }

    @Test
    void theAdbeSubFilterIsWrittenOnRequest() throws Exception {
        byte[] pdf = signed(contract(), SubFilter.ADBE_PKCS7_DETACHED);

        PdfReport report = SIMULATOR.verify(pdf);
        assertTrue(report.isValid(), report::toString);
        assertEquals("adbe.pkcs7.detached",
                report.signatures().get(0).check(PdfCheck.SUB_FILTER).orElseThrow().reasonArgs().get(0));
    }

    @Test
    void aSecondSignatureAddsARevisionAndKeepsTheFirstValid() throws Exception {
        byte[] once = signed(contract());
        byte[] twice = signed(once);

        PdfReport report = SIMULATOR.verify(twice);
        assertTrue(report.isValid(), report::toString);
        assertEquals(2, report.signatures().size());
        assertEquals(once.length, report.signatures().get(0).signedBytes(), "revision order");
        assertEquals(twice.length, report.signatures().get(1).signedBytes());
        assertEquals(PdfReason.COVERAGE_REVISION.key(),
                report.signatures().get(0).check(PdfCheck.COVERAGE).orElseThrow().reasonKey());
        assertEquals(PdfReason.CHANGES_SIGNATURES_ONLY.key(),
                report.signatures().get(0).check(PdfCheck.CHANGES).orElseThrow().reasonKey());
    }

    @Test
    void bytesAppendedAfterTheSignatureAreModifiedAfterSigning() throws Exception {
        // advisory 1: a byte range that does not cover the whole file
        byte[] signedPdf = signed(contract());
        byte[] pdf = Arrays.copyOf(signedPdf, signedPdf.length + 20);
        System.arraycopy("\n% appended content\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, signedPdf.length, 20);

        PdfReport report = SIMULATOR.verify(pdf);
        assertFalse(report.isValid());
        assertEquals(PdfReason.UNSIGNED_TAIL.key(), failed(report.checks()).reasonKey());
        assertTrue(report.signatures().get(0).cms().orElseThrow().isValid(), "the signature itself is intact");
    }

    @Test
    void anIncrementalUpdateThatChangesThePageIsReported() throws Exception {
        byte[] pdf = TestPdfs.withTextAdded(signed(contract()), "The tenant pays nothing.");

        PdfReport report = SIMULATOR.verify(pdf);
        assertFalse(report.isValid());
        assertTrue(report.checks().get(0).failed(), "modified after signing");
        Check changes = report.signatures().get(0).check(PdfCheck.CHANGES).orElseThrow();
        assertTrue(changes.failed(), report::toString);
        assertTrue(changes.reason().contains("content of page 1"), changes::reason);
    }

    @Test
    void aShiftedByteRangeFails() throws Exception {
        byte[] pdf = signed(contract());
        int at = lastIndexOf(pdf, "/ByteRange [0 ");
        // [0 a b c] -> [1 a b c]: the same length, so the file's layout stays
        pdf[at + "/ByteRange [".length()] = '1';

        PdfReport report = SIMULATOR.verify(pdf);
        assertFalse(report.isValid());
        assertTrue(report.signatures().get(0).failed(PdfCheck.BYTE_RANGE), report::toString);
    }

    @Test
    void aByteRangeWhoseEndOverflowsFails() throws Exception {
        byte[] signedPdf = signed(contract());
        int at = lastIndexOf(signedPdf, "/ByteRange [0 ");
        int end = new String(signedPdf, StandardCharsets.ISO_8859_1).indexOf(']', at);
        String[] numbers = new String(signedPdf, at + "/ByteRange [".length(), end - at - "/ByteRange [".length(),
                StandardCharsets.ISO_8859_1).trim().split(" +");
        String forged = "/ByteRange [0 " + numbers[1] + " " + numbers[2] + " 9223372036854775807]";
        String original = new String(signedPdf, at, end + 1 - at, StandardCharsets.ISO_8859_1);
        // PDFBox reserves room after the byte range; the forged one must fit into the original and its padding
        byte[] pdf = new String(signedPdf, StandardCharsets.ISO_8859_1)
                .replace(original + " ".repeat(Math.max(0, forged.length() - original.length())), forged)
                .getBytes(StandardCharsets.ISO_8859_1);
        Assumptions.assumeTrue(pdf.length == signedPdf.length, "no room to write the forged byte range");

        PdfReport report = SIMULATOR.verify(pdf);
        assertFalse(report.isValid());
        assertTrue(report.signatures().get(0).failed(PdfCheck.BYTE_RANGE), report::toString);
    }

    @Test
    void aForgedSecondSignatureIsFoundNotJustTheFirst() throws Exception {
        // advisory 2: only the first signature dictionary was checked
        byte[] pdf = signed(signed(contract()));
        int contents = lastIndexOf(pdf, "/Contents <") + "/Contents <".length();
        int signatureByte = contents + 2 * 600; // inside the CMS: a certificate or the signature value
        pdf[signatureByte] = pdf[signatureByte] == '0' ? (byte) '1' : (byte) '0';

        PdfReport report = SIMULATOR.verify(pdf);
        assertFalse(report.isValid());
        assertEquals(2, report.signatures().size());
        assertTrue(report.signatures().get(0).isValid(), report::toString);
        assertFalse(report.signatures().get(1).isValid(), report::toString);
    }

    @Test
    void contentsThatAreNotACmsAreAFailedCheckNotACrash() throws Exception {
        byte[] pdf = signed(contract());
        int contents = lastIndexOf(pdf, "/Contents <") + "/Contents <".length();
        Arrays.fill(pdf, contents, contents + 40, (byte) 'A');

        PdfReport report = SIMULATOR.verify(pdf);
        assertFalse(report.isValid());
        assertTrue(report.signatures().get(0).failed(PdfCheck.CONTENTS), report::toString);
    }

    @Test
    void aSignatureFromAnotherTimeIsValidatedAsOfNow() throws Exception {
        // advisory 3: chain checks that ignored validity; the simulator's root expires at the end of 2049
        PdfVerifier in2050 = new PdfVerifier(new dev.mynacard.core.cms.CmsVerifier(
                new dev.mynacard.core.trust.CertificateValidator(
                        dev.mynacard.core.trust.TrustAnchors.jlis().withSimulator(),
                        java.time.Clock.fixed(java.time.Instant.parse("2050-06-01T00:00:00Z"),
                                java.time.ZoneOffset.UTC))));

        PdfReport report = in2050.verify(signed(contract()));
        assertFalse(report.isValid());
        assertTrue(report.signatures().get(0).cms().orElseThrow().signers().get(0).failed(SignerCheck.CERTIFICATE));
        assertTrue(report.signatures().get(0).certificateAtClaimedTime().orElseThrow().isValid(),
                "valid as of the claimed time, which the verdict does not rest on");
    }

    @Test
    void aVisibleSignatureShowsTheHoldersNameOnThePage() throws Exception {
        Path font = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
        Assumptions.assumeTrue(Files.isReadable(font), "IPA Gothic (fonts-ipafont-gothic) is not installed");
        byte[] pdf;
        try (MyNumberCard card = MyNumberCard.open(TestCards.freshDefault()); Pin password = TestCards.pin("ABC123")) {
            pdf = new PdfSigner(card).withClock(TestPdfs.SIGNING_CLOCK)
                    .withVisibleSignature(new VisibleSignature(1, 350, 50, 200, 50, font)).sign(contract(), password);
        }

        PdfReport report = SIMULATOR.verify(pdf);
        assertTrue(report.isValid(), report::toString);
        String name = HolderInfo.of(TestCards.defaultCard().signCertificate().orElseThrow()).name();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(name, document.getLastSignatureDictionary().getName());
            PDAnnotation widget = document.getPage(0).getAnnotations().get(0);
            assertEquals(350, widget.getRectangle().getLowerLeftX(), 0.01);
            PDAppearanceStream appearance = widget.getNormalAppearanceStream();
            assertNotNull(appearance, "the widget has an appearance");
            PDResources resources = appearance.getResources();
            PDFont typeface = resources.getFont(resources.getFontNames().iterator().next());
            assertTrue(typeface instanceof PDType0Font && typeface.isEmbedded(), "the font is embedded");
            assertTrue(shownText(appearance, typeface).contains(name), "the holder's name is drawn");
        }
    }

    @Test
    void notAPdfIsATypedError() {
        PdfFormatException e = assertThrows(PdfFormatException.class,
                () -> SIMULATOR.verify("not a pdf".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(PdfFormatException.Reason.NOT_PDF, e.reason());
    }

    @Test
    void anUnsignedPdfIsNotValid() throws Exception {
        PdfReport report = SIMULATOR.verify(contract());
        assertFalse(report.isValid());
        assertEquals(List.of(), report.signatures());
        assertEquals(PdfReason.NO_SIGNATURE.key(), report.checks().get(0).reasonKey());
    }

    /** The text the stream shows, through the font's ToUnicode map. */
    private static String shownText(PDAppearanceStream appearance, PDFont typeface) throws Exception {
        StringBuilder shown = new StringBuilder();
        for (Object token : new PDFStreamParser(appearance).parse()) {
            if (token instanceof COSString string) {
                ByteArrayInputStream in = new ByteArrayInputStream(string.getBytes());
                while (in.available() > 0) {
                    shown.append(typeface.toUnicode(typeface.readCode(in)));
                }
            }
        }
        return shown.toString();
    }

    private static Check failed(List<Check> checks) {
        return checks.stream().filter(Check::failed).findFirst().orElseThrow();
    }
}
