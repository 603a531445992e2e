/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import static dev.mynacard.core.pdf.TestPdfs.SIMULATOR;
import static dev.mynacard.core.pdf.TestPdfs.contract;
import static dev.mynacard.core.pdf.TestPdfs.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cms.SignerCheck;
import dev.mynacard.core.cms.SignerReport;
import dev.mynacard.core.cms.TestSignatures;
import dev.mynacard.core.jca.CardKeyStoreParameter;
import dev.mynacard.core.jca.MynaProvider;
import dev.mynacard.core.trust.Check;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** PDFs crafted the way attacks on PDF verifiers craft them. */
class CraftedPdfTest {
    private static final IssuedCard CARD = TestCards.defaultCard();

    @Test
    void aSignerWhoseCertificateTheHolderIssuedIsNotTrusted() throws Exception {
        // advisory 3: chain checks that ignored basic constraints and key usage. The holder's
        // signing certificate is an end entity; a certificate it "issues" must not chain to the root.
        KeyPair attacker = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509Certificate holder = CARD.signCertificate().orElseThrow();
        X509Certificate forged = issuedByTheHolder(attacker, holder);
        byte[] pdf = TestPdfs.signedWith(contract(), content -> TestSignatures.sign(content, false,
                attacker.getPrivate(), forged, List.of(forged, holder, CARD.signRoot()), Optional.empty()));

        PdfReport report = SIMULATOR.verify(pdf);

        assertFalse(report.isValid());
        SignerReport signer = report.signatures().get(0).cms().orElseThrow().signers().get(0);
        assertTrue(signer.failed(SignerCheck.CERTIFICATE), report::toString);
        assertFalse(signer.failed(SignerCheck.SIGNATURE), "the signature itself verifies with the forged key");
        assertFalse(report.signatures().get(0).failed(PdfCheck.BYTE_RANGE));
    }

    @Test
    void aSignatureDictionaryOutsideTheAcroFormIsAnError() throws Exception {
        byte[] pdf = update(signed(contract()), (document, signature) -> {
            COSDictionary hidden = new COSDictionary(signature.getCOSObject());
            hidden.setDirect(false);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Hidden"), hidden);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });

        PdfReport report = SIMULATOR.verify(pdf);

        assertFalse(report.isValid());
        assertEquals(2, report.signatures().size(), report::toString);
        assertTrue(report.signatures().stream().anyMatch(signature -> reason(signature, PdfCheck.FIELD)
                .equals(PdfReason.FIELD_OUTSIDE_ACROFORM.key())), report::toString);
    }

    @Test
    void twoSignatureFieldsWithOneNameAreAnError() throws Exception {
        byte[] pdf = update(signed(contract()), (document, signature) -> {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            PDSignatureField twin = new PDSignatureField(form);
            twin.setPartialName("Signature1");
            twin.getCOSObject().setItem(COSName.V, new COSDictionary(signature.getCOSObject()));
            form.getCOSObject().getCOSArray(COSName.FIELDS).add(twin.getCOSObject());
            form.getCOSObject().getCOSArray(COSName.FIELDS).setNeedToBeUpdated(true);
            form.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });

        PdfReport report = SIMULATOR.verify(pdf);

        assertFalse(report.isValid());
        assertEquals(2, report.signatures().size(), report::toString);
        for (PdfSignatureReport signature : report.signatures()) {
            assertEquals(PdfReason.FIELD_NAME_DUPLICATE.key(), reason(signature, PdfCheck.FIELD), report::toString);
        }
    }

    private static String reason(PdfSignatureReport signature, PdfCheck kind) {
        return signature.check(kind).map(Check::reasonKey).orElse("");
    }

    private interface Change {
        void apply(PDDocument document, PDSignature signature) throws Exception;
    }

    /** An incremental update of {@code pdf} that makes {@code change} next to its last signature. */
    private static byte[] update(byte[] pdf, Change change) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            change.apply(document, document.getLastSignatureDictionary());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static X509Certificate issuedByTheHolder(KeyPair subject, X509Certificate holder) throws Exception {
        MynaProvider provider = new MynaProvider();
        KeyStore store = KeyStore.getInstance(MynaProvider.KEY_STORE_TYPE, provider);
        store.load(CardKeyStoreParameter.of(TestCards.freshDefault(), new KeyStore.PasswordProtection(
                "1234".toCharArray())).withSignPassword(new KeyStore.PasswordProtection("ABC123".toCharArray())));
        PrivateKey holderKey = (PrivateKey) store.getKey("sign", null);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(holder.getSubjectX500Principal(),
                BigInteger.valueOf(4242), holder.getNotBefore(), holder.getNotAfter(),
                new X500Principal("CN=Not The Holder, C=JP"), subject.getPublic());
        builder.copyAndAddExtension(Extension.certificatePolicies, false, new JcaX509CertificateHolder(holder));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").setProvider(provider).build(holderKey)));
    }
}
