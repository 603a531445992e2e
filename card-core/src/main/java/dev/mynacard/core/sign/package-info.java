/**
 * Raw signatures with the JPKI auth and sign keys over a DigestInfo; each is verified against the
 * key's certificate before it is returned.
 */
package dev.mynacard.core.sign;
