package dev.mynacard.core.cms;

import dev.mynacard.core.trust.Check;
import java.security.PublicKey;
import java.util.List;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The content digest and the signature of one signer. The verifier is built from the bare public
 * key, not the certificate, so that BouncyCastle does not judge the certificate's validity itself:
 * that is the certificate report's job, at the instant chosen.
 */
final class SignatureChecks {
    private SignatureChecks() {
    }

    /** The {@code CONTENT_DIGEST} and {@code SIGNATURE} checks, in that order. */
    static List<Check> of(SignerInformation signer, PublicKey key) {
        String digest = new DefaultAlgorithmNameFinder().getAlgorithmName(signer.getDigestAlgorithmID());
        boolean signedAttributes = signer.getSignedAttributes() != null;
        try {
            boolean verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key));
            Check digestCheck = signedAttributes
                    ? Check.passed(SignerCheck.CONTENT_DIGEST, digest + " of the content matches the signed"
                            + " message-digest attribute")
                    : Check.notChecked(SignerCheck.CONTENT_DIGEST, "no signed attributes: the signature covers"
                            + " the content directly");
            return List.of(digestCheck, verified
                    ? Check.passed(SignerCheck.SIGNATURE, "verifies with the signer certificate's key")
                    : Check.failed(SignerCheck.SIGNATURE, "does not verify with the signer certificate's key"));
        } catch (CMSSignerDigestMismatchException e) {
            return List.of(
                    Check.failed(SignerCheck.CONTENT_DIGEST, digest + " of the content differs from the signed"
                            + " message-digest attribute: the content is not the one signed"),
                    Check.notChecked(SignerCheck.SIGNATURE, "the content does not match"));
        } catch (OperatorCreationException e) {
            return List.of(Check.notChecked(SignerCheck.CONTENT_DIGEST, "unsupported algorithm"),
                    Check.failed(SignerCheck.SIGNATURE, "unsupported signature algorithm "
                            + signer.getEncryptionAlgOID()));
        } catch (CMSException | RuntimeException e) {
            return List.of(Check.notChecked(SignerCheck.CONTENT_DIGEST, "the signer information is unusable"),
                    Check.failed(SignerCheck.SIGNATURE, "cannot be verified: " + e.getMessage()));
        }
    }
}
