/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulated card's host: {@link dev.mynacard.sim.card.SimulatedCard} runs the applets in
 * jCardSim behind a thin card-OS front ({@code CardOs}) that answers the way the real card's OS
 * does where jCardSim would not (unknown or partial AIDs, SELECT without data, channels, commands
 * before any application is selected). {@link dev.mynacard.sim.card.Personaliser} writes a
 * {@link dev.mynacard.sim.image.CardImage} through the personalisation APDUs;
 * {@link dev.mynacard.sim.card.SimulatedCard#snapshot()} reads it back from the applet objects.
 */
package dev.mynacard.sim.card;
