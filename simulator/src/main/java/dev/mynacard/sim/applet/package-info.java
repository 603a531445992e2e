/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulated My Number Card's applications as Java Card applets, kept to what a real Java Card
 * 3.0.4 with RSA-2048 runs (javacard.*, javacardx.*, short arithmetic, no String, no allocation
 * after personalisation; {@code JavaCardSubsetTest} enforces it).
 *
 * <p>{@link dev.mynacard.sim.applet.MynaApplet} holds what every application does;
 * {@link dev.mynacard.sim.applet.JpkiApplet} adds COMPUTE DIGITAL SIGNATURE,
 * {@link dev.mynacard.sim.applet.JukiApplet} CHANGE KEY, and
 * {@link dev.mynacard.sim.applet.FileApplet} nothing. Which EFs exist, their content, access rules,
 * PINs and keys all come from personalisation ({@code Personalisation}, the only allocating code
 * besides constructors and install()).
 *
 * <p>Choices where docs/protocol.md is silent:
 * <ul>
 *   <li>The empty VERIFY (retry query) answers 9000 while the PIN is verified, 63Cx otherwise.</li>
 *   <li>Every SELECT by name deselects first (Java Card behaviour), so re-selecting the current
 *       application also clears its verified PINs; a failed SELECT changes nothing.</li>
 *   <li>READ RECORD access follows the image like READ BINARY (the 共通AP record is free there).</li>
 *   <li>A PIN EF or key EF named where a binary EF is needed answers 6981; VERIFY by an SFI that
 *       names no EF answers 6A82.</li>
 *   <li>The 照合番号 (formats DIGITS_12/DIGITS_14) cannot be changed: 6985.</li>
 *   <li>CLA 00 and 80 are accepted for every instruction; channel bits answer 6881, secure
 *       messaging 6882, chaining 6884, anything else 6E00.</li>
 * </ul>
 */
package dev.mynacard.sim.applet;
