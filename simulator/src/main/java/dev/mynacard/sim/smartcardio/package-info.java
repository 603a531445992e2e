/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulated card behind javax.smartcardio: {@link dev.mynacard.sim.smartcardio.SimulatedCardTerminal}
 * is a {@link javax.smartcardio.CardTerminal} holding a {@link dev.mynacard.sim.card.SimulatedCard},
 * and {@link dev.mynacard.sim.smartcardio.SimulatedTerminalFactory} a
 * {@link javax.smartcardio.TerminalFactory} that lists it. For programs written against
 * javax.smartcardio that should run without pcscd; to reach the card through the real PC/SC stack
 * instead, serve it to vpcd with {@code dev.mynacard.sim.host}.
 */
package dev.mynacard.sim.smartcardio;
