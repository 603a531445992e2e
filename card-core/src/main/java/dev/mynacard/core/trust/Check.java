package dev.mynacard.core.trust;

import java.util.Objects;

/** One check of a validation, its outcome and the reason for it, in words a resident can follow. */
public record Check(Kind kind, Outcome outcome, String reason) {
    /** What was checked; each report type names its checks with an enum implementing this. */
    public interface Kind {
        String description();
    }

    public Check {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    public static Check passed(Kind kind, String reason) {
        return new Check(kind, Outcome.PASSED, reason);
    }

    public static Check failed(Kind kind, String reason) {
        return new Check(kind, Outcome.FAILED, reason);
    }

    public static Check notChecked(Kind kind, String reason) {
        return new Check(kind, Outcome.NOT_CHECKED, reason);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return outcome + " " + kind.description() + ": " + reason;
    }
}
