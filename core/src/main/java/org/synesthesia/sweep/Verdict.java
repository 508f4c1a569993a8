package org.synesthesia.sweep;

/** An early-stopping rule's answer for one trial at one budget: go on, or stop and why. */
public record Verdict(boolean stop, String reason) {
    public static final Verdict CONTINUE = new Verdict(false, null);

    public static Verdict stop(String reason) { return new Verdict(true, reason); }
}
