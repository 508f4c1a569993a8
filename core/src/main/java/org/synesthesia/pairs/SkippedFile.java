package org.synesthesia.pairs;

/** A source file that was left out with {@code --skip-bad}, and why. */
public record SkippedFile(String file, String reason) {}
