/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;

class DigestAlgorithmTest {
    private static final Map<DigestAlgorithm, ASN1ObjectIdentifier> OIDS = Map.of(
            DigestAlgorithm.SHA256, NISTObjectIdentifiers.id_sha256,
            DigestAlgorithm.SHA384, NISTObjectIdentifiers.id_sha384,
            DigestAlgorithm.SHA512, NISTObjectIdentifiers.id_sha512);

    @Test
    void digestInfoMatchesBouncyCastlesEncoding() throws Exception {
        byte[] data = "署名する文書".getBytes(StandardCharsets.UTF_8);
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            byte[] digest = algorithm.digest(data);
            byte[] expected = new DigestInfo(new AlgorithmIdentifier(OIDS.get(algorithm), DERNull.INSTANCE), digest)
                    .getEncoded("DER");
            assertArrayEquals(expected, algorithm.digestInfo(digest), algorithm.name());
        }
    }

    @Test
    void aDigestOfTheWrongLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DigestAlgorithm.SHA256.digestInfo(new byte[48]));
        assertThrows(IllegalArgumentException.class, () -> DigestAlgorithm.SHA512.digestInfo(new byte[0]));
    }
}
