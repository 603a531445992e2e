/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.CardImage;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * A freshly issued synthetic card: the image to load into a simulated card, and what went into it
 * (profile, derived facts, certificates and the roots they chain to) for tests to compare against.
 */
public record IssuedCard(
        CardImage image,
        HolderProfile profile,
        CardFacts facts,
        X509Certificate authCertificate,
        Optional<X509Certificate> signCertificate,
        X509Certificate authRoot,
        X509Certificate signRoot) {
}
