/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.KeyPolicy;
import java.security.Provider;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The content digest and the signature of one signer. The verifier is built from the bare public
 * key, not the certificate, so that BouncyCastle does not judge the certificate's validity itself:
 * that is the certificate report's job, at the instant chosen. BouncyCastle's provider verifies,
 * since the JDK's knows RSA-PSS only by a name BouncyCastle's CMS code does not ask for.
 */
final class SignatureChecks {
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private SignatureChecks() {
    }

    /**
     * The {@code CONTENT_DIGEST} and {@code SIGNATURE} checks, in that order. A refused key or
     * algorithm fails the signature before any digest or RSA operation.
     */
    static List<Check> of(SignerInformation signer, PublicKey key) {
        DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();
        String digest = names.getAlgorithmName(signer.getDigestAlgorithmID());
        Optional<Check.Text> keyProblem = KeyPolicy.problem(key);
        if (keyProblem.isPresent()) {
            return List.of(Check.notChecked(SignerCheck.CONTENT_DIGEST, SignerReason.NO_SIGNER_KEY),
                    Check.failed(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_KEY_REFUSED, keyProblem.get()));
        }
        if (!SignatureAlgorithms.accepted(signer)) {
            return List.of(Check.notChecked(SignerCheck.CONTENT_DIGEST, SignerReason.UNSUPPORTED_ALGORITHM),
                    Check.failed(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_ALGORITHM_REFUSED, digest,
                            names.getAlgorithmName(signer.toASN1Structure().getDigestEncryptionAlgorithm())));
        }
        boolean signedAttributes = signer.getSignedAttributes() != null;
        try {
            boolean verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BOUNCY_CASTLE)
                    .build(key));
            Check digestCheck = signedAttributes
                    ? Check.passed(SignerCheck.CONTENT_DIGEST, SignerReason.DIGEST_MATCHES, digest)
                    : Check.notChecked(SignerCheck.CONTENT_DIGEST, SignerReason.NO_SIGNED_ATTRIBUTES);
            return List.of(digestCheck, verified
                    ? Check.passed(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_VERIFIES)
                    : Check.failed(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_WRONG_KEY));
        } catch (CMSSignerDigestMismatchException e) {
            return List.of(
                    Check.failed(SignerCheck.CONTENT_DIGEST, SignerReason.DIGEST_DIFFERS, digest),
                    Check.notChecked(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_CONTENT_DIFFERS));
        } catch (OperatorCreationException e) {
            return List.of(Check.notChecked(SignerCheck.CONTENT_DIGEST, SignerReason.UNSUPPORTED_ALGORITHM),
                    Check.failed(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_UNSUPPORTED,
                            signer.getEncryptionAlgOID()));
        } catch (CMSException | RuntimeException e) {
            return List.of(Check.notChecked(SignerCheck.CONTENT_DIGEST, SignerReason.UNUSABLE),
                    Check.failed(SignerCheck.SIGNATURE, SignerReason.SIGNATURE_UNVERIFIABLE,
                            String.valueOf(e.getMessage())));
        }
    }
}
