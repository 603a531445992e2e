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

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cms.SignerCheck;
import dev.mynacard.core.trust.Check;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
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

    private static Check failed(List<Check> checks) {
        return checks.stream().filter(Check::failed).findFirst().orElseThrow();
    }
}
