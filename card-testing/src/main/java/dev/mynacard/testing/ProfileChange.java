/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import dev.mynacard.sim.issue.HolderProfile;
import java.util.function.UnaryOperator;

/**
 * A change to the default holder profile, named by {@link CardProfile#profile()}. Implementations
 * need a public no-argument constructor, for example:
 *
 * <pre>{@code
 * public static final class Minor implements ProfileChange {
 *     public HolderProfile.Builder apply(HolderProfile.Builder profile) {
 *         return profile.birthDate(LocalDate.of(2015, 4, 1)).signCertificate(false);
 *     }
 * }
 * }</pre>
 */
public interface ProfileChange extends UnaryOperator<HolderProfile.Builder> {

    /** The default profile, unchanged. */
    final class None implements ProfileChange {
        @Override
        public HolderProfile.Builder apply(HolderProfile.Builder profile) {
            return profile;
        }
    }
}
