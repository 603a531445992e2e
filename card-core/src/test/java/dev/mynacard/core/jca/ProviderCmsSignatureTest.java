/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import static dev.mynacard.core.jca.CardKeyStores.PROVIDER;
import static dev.mynacard.core.jca.CardKeyStores.key;
import static dev.mynacard.core.jca.CardKeyStores.load;
import static dev.mynacard.core.jca.CardKeyStores.password;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cms.CmsReport;
import dev.mynacard.core.cms.CmsVerifier;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.TrustAnchors;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** BouncyCastle's own CMS generator, signing through the provider with the card's key. */
class ProviderCmsSignatureTest {
    private static final byte[] CONTENT = "契約書 / contract".getBytes(StandardCharsets.UTF_8);
    private static final CmsVerifier SIMULATOR = new CmsVerifier(
            new CertificateValidator(TrustAnchors.jlis().withSimulator()));

    @Test
    void aCmsSignatureMadeThroughTheProviderVerifies() throws Exception {
        KeyStore store = load(CardKeyStoreParameter.of(TestCards.freshDefault(), password("1234"))
                .withSignPassword(password("ABC123")));
        List<X509Certificate> chain = Arrays.stream(store.getCertificateChain("sign"))
                .map(X509Certificate.class::cast).toList();

        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(PROVIDER).build(key(store, "sign")),
                        chain.get(0)));
        generator.addCertificates(new JcaCertStore(chain));
        byte[] cms = generator.generate(new CMSProcessableByteArray(CONTENT), false).getEncoded();

        CmsReport report = SIMULATOR.verifyDetached(cms, CONTENT);
        assertTrue(report.isValid(), report::toString);
        assertEquals(CertificatePurpose.SIGN, report.signers().get(0).signerKey().orElseThrow());
    }
}
