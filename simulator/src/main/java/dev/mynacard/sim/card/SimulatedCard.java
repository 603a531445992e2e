/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import com.licel.jcardsim.base.Simulator;
import com.licel.jcardsim.base.SimulatorRuntime;
import com.licel.jcardsim.utils.AIDUtil;
import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VirtualCardTransport;
import dev.mynacard.apdu.SwException;
import dev.mynacard.sim.applet.MynaApplet;
import dev.mynacard.sim.applet.PinEf;
import dev.mynacard.sim.applet.SettingsApplet;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.PinFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated My Number Card: the Java Card applets of {@code dev.mynacard.sim.applet} running in
 * jCardSim, behind a thin card-OS front that answers like the real card where jCardSim would not.
 * Thread-safe: commands are processed one at a time.
 *
 * <p>The host reads the card state for {@link #snapshot()} straight from the applet objects (their
 * public accessors), never through APDUs: a real card never exports its keys.
 */
public final class SimulatedCard implements VirtualCard {
    /** The ATR OpenSC's jpki driver lists; a card's settings may give another (docs/protocol.md §8). */
    private static final byte[] DEFAULT_ATR = HexFormat.of().parseHex("3BE000FF8131FE4514");

    private final Simulator simulator;
    private final Map<CardApplication, MynaApplet> applets = new EnumMap<>(CardApplication.class);
    private final CardOs os;
    private byte[] atr = DEFAULT_ATR.clone();
    private boolean powered = true;

    private SimulatedCard() {
        SimulatorRuntime runtime = new SimulatorRuntime();
        simulator = new Simulator(runtime) {
            // jCardSim's own getATR() reads a JVM-wide system property; this card's ATR is its own.
            @Override
            public byte[] getATR() {
                return atr();
            }
        };
        simulator.changeProtocol("T=1");
        for (CardApplication application : CardApplication.values()) {
            byte[] aid = application.aid();
            byte[] installParameters = new byte[aid.length + 3];
            installParameters[0] = (byte) aid.length;
            System.arraycopy(aid, 0, installParameters, 1, aid.length);
            simulator.installApplet(AIDUtil.create(aid), application.appletClass(), installParameters, (short) 0,
                    (byte) installParameters.length);
            applets.put(application, (MynaApplet) runtime.lookupApplet(AIDUtil.create(aid)).getApplet());
        }
        os = new CardOs(simulator, runtime,
                application -> application != CardApplication.SETTINGS || !applets.get(application).isPersonalised());
    }

    /** A card with every application installed, empty and still accepting personalisation. */
    public static SimulatedCard blank() {
        return new SimulatedCard();
    }

    /**
     * A card personalised with {@code image} through the personalisation APDUs, every application
     * then locked with END PERSONALISATION (those the image does not name stay empty), and reset.
     *
     * @throws IllegalArgumentException when the image names an unknown or repeated application, or
     *     the card refuses part of it (e.g. a PIN value that does not match its format)
     */
    public static SimulatedCard load(CardImage image) {
        Set<CardApplication> named = new HashSet<>();
        for (Application application : image.applications()) {
            CardApplication known = CardApplication.byAid(application.aid())
                    .orElseThrow(() -> new IllegalArgumentException("the card has no application with AID "
                            + HexFormat.of().withUpperCase().formatHex(application.aid())));
            if (!named.add(known)) {
                throw new IllegalArgumentException("the image names application " + known + " twice");
            }
        }
        SimulatedCard card = blank();
        try (CardTransport transport = card.transport()) {
            Personaliser personaliser = new Personaliser(transport);
            personaliser.personalise(image);
            for (CardApplication application : CardApplication.values()) {
                if (!named.contains(application)) {
                    personaliser.endPersonalisation(application.aid());
                }
            }
        } catch (SwException refused) {
            throw new IllegalArgumentException("the card refused the image: " + refused.getMessage(), refused);
        } catch (IOException e) {
            throw new IllegalStateException("in-process card failed", e);
        }
        card.reset();
        SettingsApplet settings = (SettingsApplet) card.applets.get(CardApplication.SETTINGS);
        if (settings.atr() != null) {
            card.atr = settings.atr().content().clone();
        }
        return card;
    }

    /**
     * Processes one command APDU (wire form) and returns the response APDU (wire form). Malformed
     * commands get a status word, never an exception.
     *
     * @throws IllegalStateException when the card is powered off
     */
    @Override
    public synchronized byte[] process(byte[] command) {
        if (!powered) {
            throw new IllegalStateException("the card is powered off");
        }
        return os.process(command);
    }

    @Override
    public synchronized byte[] atr() {
        return atr.clone();
    }

    /** A card reset (warm or cold alike): no application selected, every verified state lost. */
    @Override
    public synchronized void reset() {
        simulator.reset();
    }

    @Override
    public synchronized void powerOff() {
        simulator.reset();
        powered = false;
    }

    @Override
    public synchronized void powerOn() {
        powered = true;
    }

    public synchronized boolean isPowered() {
        return powered;
    }

    /** An in-process transport to this card (extended length supported). */
    public CardTransport transport() {
        return new VirtualCardTransport(this);
    }

    /**
     * Brings the card to {@code image}, the state another process saved for it, when that differs
     * only in PIN values and counters ({@link CardImage#sameApartFromPins}); the session goes on (the
     * selected application, and each verified PIN whose value and counter are unchanged). Returns
     * false, changing nothing, for any other image, which only {@link #load} can make a card of.
     */
    public synchronized boolean restorePins(CardImage image) {
        if (!image.sameApartFromPins(snapshot())) {
            return false;
        }
        List<Runnable> restores = new ArrayList<>();
        for (Application application : image.applications()) {
            MynaApplet applet = applets.get(CardApplication.byAid(application.aid()).orElseThrow());
            for (ElementaryFile file : application.files()) {
                if (file instanceof PinFile pin) {
                    PinEf ef = pinEf(applet, pin.fid());
                    byte[] value = pin.value();
                    if (!ef.canRestore(value, (short) 0, (short) value.length, (byte) pin.triesLeft())) {
                        return false;
                    }
                    restores.add(() -> ef.restore(value, (short) 0, (short) value.length, (byte) pin.triesLeft()));
                }
            }
        }
        restores.forEach(Runnable::run);
        return true;
    }

    private static PinEf pinEf(MynaApplet applet, int fid) {
        for (short i = 0; i < applet.fileCount(); i++) {
            if (applet.file(i) instanceof PinEf pin && (pin.fid() & 0xFFFF) == fid) {
                return pin;
            }
        }
        throw new IllegalStateException("no PIN EF " + fid);
    }

    /**
     * The whole persistent state of the card (files, PIN values and counters, keys) as an image;
     * {@code load(snapshot())} gives an equivalent card. Applications without files are left out.
     *
     * @throws IllegalStateException when a key is only partly personalised
     */
    public synchronized CardImage snapshot() {
        return StateReader.read(applets);
    }
}
