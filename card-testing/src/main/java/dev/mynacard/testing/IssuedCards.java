/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import dev.mynacard.sim.issue.CardVariant;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import dev.mynacard.sim.issue.PinTries;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.commons.support.ReflectionSupport;

/** The cards issued in this JVM, one per holder profile (issuing generates RSA keys). */
final class IssuedCards {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Map<HolderProfile, IssuedCard> ISSUED = new ConcurrentHashMap<>();

    private IssuedCards() {
    }

    static IssuedCard issue(Optional<CardProfile> spec) {
        HolderProfile profile = spec.map(IssuedCards::profile).orElseGet(DefaultCard::profile);
        return ISSUED.computeIfAbsent(profile, Issuer.standard()::issue);
    }

    static HolderProfile profile(CardProfile spec) {
        HolderProfile changed = change(spec.profile()).apply(DefaultCard.profile().toBuilder()).build();
        HolderProfile.Builder profile = changed.toBuilder().pinTries(tries(spec, changed.pinTries()));
        if (!spec.signCertificate()) {
            profile.signCertificate(false);
        }
        CardVariant variant = changed.variant().withVerifiedQuery(spec.verifiedQuery()).withToken(spec.token());
        profile.variant(spec.atr().isEmpty() ? variant : variant.withAtr(spec.atr()));
        if (spec.expiredCertificates()) {
            profile.issuanceDate(LocalDate.now(JAPAN).minusYears(6));
        }
        return profile.build();
    }

    private static PinTries tries(CardProfile spec, PinTries tries) {
        if (spec.authTries() != CardProfile.FULL) {
            tries = tries.withAuth(spec.authTries());
        }
        if (spec.signTries() != CardProfile.FULL) {
            tries = tries.withSign(spec.signTries());
        }
        if (spec.textTries() != CardProfile.FULL) {
            tries = tries.withText(spec.textTries());
        }
        if (spec.jukiTries() != CardProfile.FULL) {
            tries = tries.withJuki(spec.jukiTries());
        }
        return tries;
    }

    private static ProfileChange change(Class<? extends ProfileChange> type) {
        try {
            return ReflectionSupport.newInstance(type);
        } catch (Exception e) { // JUnit rethrows the reflective exceptions unchecked
            throw new IllegalArgumentException(
                    type.getName() + " cannot be made: a @CardProfile profile needs a no-argument constructor", e);
        }
    }
}
