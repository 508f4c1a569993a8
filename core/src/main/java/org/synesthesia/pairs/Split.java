package org.synesthesia.pairs;

/** Which side of the train/test split a pair is on; test pairs never share a recording with train pairs. */
public enum Split {
    TRAIN, TEST;

    /** The byte stored in {@code labels.bin}. */
    public byte code() { return (byte) ordinal(); }

    public static Split ofCode(int code) { return values()[code]; }
}
