/**
 * The holder's PINs: kinds and formats, PIN values that wipe themselves, retry counters without
 * spending a try, VERIFY with last-try refusal, and changes (both copies of the 住基 PIN).
 */
package dev.mynacard.core.pin;
