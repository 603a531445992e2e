/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulated card as a card in a real PC/SC reader: {@link dev.mynacard.sim.host.CardHost}
 * serves a {@link dev.mynacard.sim.host.PersistentCard} (a simulated card kept in a state file)
 * to vsmartcard's vpcd driver, and {@link dev.mynacard.sim.host.SimulatorMain} is the command
 * line of the executable jar around it.
 */
package dev.mynacard.sim.host;
