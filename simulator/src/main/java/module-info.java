/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The simulated My Number Card: Java Card applets on jCardSim, card issuance (keys, certificates,
 * PINs) from a holder profile, the card's state file, and three ways in: in-process, a
 * javax.smartcardio TerminalFactory, and vpcd.
 *
 * <p>jCardSim and jai-imageio have no module names of their own; {@code jcardsim} and
 * {@code jai.imageio.jpeg2000} are the ones Java derives from their jars' file names.
 */
@SuppressWarnings("requires-automatic")
module dev.mynacard.simulator {
    requires transitive dev.mynacard.apdu;
    requires jcardsim;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires com.fasterxml.jackson.databind;
    requires java.desktop; // java.awt and javax.imageio draw the card face's images
    requires jai.imageio.jpeg2000;

    exports dev.mynacard.sim.card;
    exports dev.mynacard.sim.host;
    exports dev.mynacard.sim.image;
    exports dev.mynacard.sim.issue;
    exports dev.mynacard.sim.smartcardio;
    exports dev.mynacard.sim.state;

    // jCardSim installs the applets by reflection.
    opens dev.mynacard.sim.applet to jcardsim;
}
