package dev.mynacard.core.trust;

/** Whether a root belongs to the production JPKI or to a test hierarchy (J-LIS JPKI-TEST, the simulator). */
public enum Hierarchy {
    PRODUCTION,
    TEST
}
