/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import static dev.mynacard.core.pdf.TestPdfs.SIMULATOR;
import static dev.mynacard.core.pdf.TestPdfs.contract;
import static dev.mynacard.core.pdf.TestPdfs.signed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.jca.CardKeyStoreParameter;
import dev.mynacard.core.jca.MynaProvider;
import dev.mynacard.sim.issue.IssuedCard;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EU's DSS, an independent validator and signer, against mynacard's PDF signatures. */
class DssInteropTest {
    private static final IssuedCard CARD = TestCards.defaultCard();

    @Test
    void dssValidatesAMynacardSignatureAsPadesBaselineB() throws Exception {
        Reports reports = dssValidate(signed(contract()));

        SimpleReport simple = reports.getSimpleReport();
        assertEquals(1, simple.getSignatureIdList().size());
        String id = simple.getFirstSignatureId();
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        String details = simple.getIndication(id) + " " + simple.getSubIndication(id);
        assertEquals(SignatureLevel.PAdES_BASELINE_B, simple.getSignatureFormat(id), details);
        assertTrue(signature.isSignatureIntact(), details);
        assertTrue(signature.isSignatureValid(), details);
        assertTrue(signature.isSigningCertificateIdentified(), details);
        assertTrue(signature.isTrustedChain(), "the simulator root is DSS's trust anchor: " + details);
        assertNotEquals(Indication.TOTAL_FAILED, simple.getIndication(id), details);
    }

    @Test
    void dssSeesBothSignaturesOfATwiceSignedPdf() throws Exception {
        Reports reports = dssValidate(signed(signed(contract())));

        List<String> ids = reports.getSimpleReport().getSignatureIdList();
        assertEquals(2, ids.size());
        for (String id : ids) {
            SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
            assertTrue(signature.isSignatureIntact() && signature.isSignatureValid(), id);
        }
    }

    @Test
    void aPdfDssSignedWithTheSimulatedCardsKeyVerifiesInMynacard() throws Exception {
        MynaProvider provider = new MynaProvider();
        KeyStore store = KeyStore.getInstance(MynaProvider.KEY_STORE_TYPE, provider);
        store.load(CardKeyStoreParameter.of(TestCards.freshDefault(), password("1234"))
                .withSignPassword(password("ABC123")));
        PrivateKey key = (PrivateKey) store.getKey("sign", null);

        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(CARD.signCertificate().orElseThrow()));
        parameters.setCertificateChain(List.of(new CertificateToken(CARD.signRoot())));
        parameters.bLevel().setSigningDate(Date.from(TestPdfs.SIGNED_AT));
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        DSSDocument document = new InMemoryDocument(contract());
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        Signature card = Signature.getInstance("SHA256withRSA", provider);
        card.initSign(key);
        card.update(toBeSigned.getBytes());
        DSSDocument signedByDss = service.signDocument(document, parameters,
                new SignatureValue(SignatureAlgorithm.RSA_SHA256, card.sign()));
        byte[] pdf;
        try (InputStream in = signedByDss.openStream()) {
            pdf = in.readAllBytes();
        }

        PdfReport report = SIMULATOR.verify(pdf);
        assertTrue(report.isValid(), report::toString);
        assertEquals(1, report.signatures().size());
    }

    private static Reports dssValidate(byte[] pdf) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(CARD.signRoot()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }

    private static KeyStore.PasswordProtection password(String value) {
        return new KeyStore.PasswordProtection(value.toCharArray());
    }
}
