package dev.mynacard.core.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Whether a certificate comes from a test hierarchy (J-LIS JPKI-TEST, the mynacard simulator),
 * which production must refuse. Names and policies serve here only to recognise and explain a
 * refusal — trust itself is decided by fingerprint alone.
 */
final class HierarchyCheck {
    private static final Set<String> TEST_ORGANIZATIONS = Set.of("JPKI-TEST", "JPKI-SIMULATOR");

    private HierarchyCheck() {
    }

    static Check of(X509Certificate certificate, Optional<X509Certificate> root, boolean testHierarchyEnabled) {
        List<String> signs = testSigns(certificate, root);
        if (signs.isEmpty()) {
            return Check.passed(CertificateCheck.HIERARCHY, "production hierarchy");
        }
        if (testHierarchyEnabled) {
            return Check.passed(CertificateCheck.HIERARCHY, "test hierarchy, enabled ("
                    + String.join(", ", signs) + ")");
        }
        return Check.failed(CertificateCheck.HIERARCHY, "belongs to a test hierarchy (" + String.join(", ", signs)
                + "), which production does not accept unless the test hierarchy is enabled");
    }

    private static List<String> testSigns(X509Certificate certificate, Optional<X509Certificate> root) {
        List<String> signs = new ArrayList<>();
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        for (RDN rdn : issuer.getRDNs(BCStyle.O)) {
            String organization = IETFUtils.valueToString(rdn.getFirst().getValue());
            if (TEST_ORGANIZATIONS.contains(organization)) {
                signs.add("issuer O=" + organization);
            }
        }
        Policies.of(certificate).orElse(List.of()).stream().filter(Policies::isTest)
                .forEach(policy -> signs.add("test policy " + policy));
        root.map(Fingerprint::of).filter(TrustAnchors::isSimulatorRoot)
                .ifPresent(fingerprint -> signs.add("simulator root"));
        return signs;
    }
}
