/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.SignerInformation;

/**
 * The signature algorithms a CMS signer may use: SHA-256, SHA-384 or SHA-512 with RSA, PKCS#1
 * v1.5 (what the card makes) or PSS. MD5 and SHA-1 are refused: a collision lets one signature
 * stand for two documents.
 */
final class SignatureAlgorithms {
    private static final Set<ASN1ObjectIdentifier> DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256,
            NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);
    /** RSA PKCS#1 v1.5: plain (the digest is the signer's) or naming one of those digests. */
    private static final Set<ASN1ObjectIdentifier> PKCS1 = Set.of(PKCSObjectIdentifiers.rsaEncryption,
            PKCSObjectIdentifiers.sha256WithRSAEncryption, PKCSObjectIdentifiers.sha384WithRSAEncryption,
            PKCSObjectIdentifiers.sha512WithRSAEncryption);

    private SignatureAlgorithms() {
    }

    /** True when both the signer's digest and its signature algorithm are accepted. */
    static boolean accepted(SignerInformation signer) {
        if (!DIGESTS.contains(signer.getDigestAlgorithmID().getAlgorithm())) {
            return false;
        }
        ASN1ObjectIdentifier signature = signer.toASN1Structure().getDigestEncryptionAlgorithm().getAlgorithm();
        return PKCS1.contains(signature)
                || PKCSObjectIdentifiers.id_RSASSA_PSS.equals(signature) && pssAccepted(signer);
    }

    private static boolean pssAccepted(SignerInformation signer) {
        try {
            RSASSAPSSparams params = RSASSAPSSparams.getInstance(signer.getEncryptionAlgParams());
            AlgorithmIdentifier mask = params.getMaskGenAlgorithm();
            return DIGESTS.contains(params.getHashAlgorithm().getAlgorithm())
                    && PKCSObjectIdentifiers.id_mgf1.equals(mask.getAlgorithm())
                    && DIGESTS.contains(AlgorithmIdentifier.getInstance(mask.getParameters()).getAlgorithm());
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
