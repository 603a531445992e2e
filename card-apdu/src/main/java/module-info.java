/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * APDUs, status words and typed card errors, the {@code CardTransport} interface and its
 * decorators, PC/SC readers (javax.smartcardio, or PC/SC called through JNA when JNA is present),
 * the phone bridge and the vpcd card side.
 */
module dev.mynacard.apdu {
    requires transitive java.smartcardio;
    requires static com.sun.jna;
    requires jdk.net; // TCP_QUICKACK for the bridge and the vpcd card side

    exports dev.mynacard.apdu;
    exports dev.mynacard.apdu.bridge;
    exports dev.mynacard.apdu.decorator;
    exports dev.mynacard.apdu.pcsc;
    exports dev.mynacard.apdu.pcsc.jna;
    exports dev.mynacard.apdu.replay;
    exports dev.mynacard.apdu.vpcd;
}
