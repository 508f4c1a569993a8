package org.synesthesia.instrument;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 13 URMP instruments, with URMP's codes, Sub-URMP's folder names, the General MIDI program
 * that plays them from a soundfont, and their written playing range.
 */
public enum Instrument {
    VIOLIN("vn", "violin", 40, 55, 100, Family.BOWED),
    VIOLA("va", "viola", 41, 48, 88, Family.BOWED),
    CELLO("vc", "cello", 42, 36, 76, Family.BOWED),
    DOUBLE_BASS("db", "double_bass", 43, 28, 60, Family.BOWED),
    FLUTE("fl", "flute", 73, 60, 96, Family.WOODWIND),
    OBOE("ob", "oboe", 68, 58, 91, Family.WOODWIND),
    CLARINET("cl", "clarinet", 71, 50, 91, Family.WOODWIND),
    BASSOON("bn", "bassoon", 70, 34, 72, Family.WOODWIND),
    SAXOPHONE("sax", "sax", 65, 49, 81, Family.WOODWIND),
    TRUMPET("tpt", "trumpet", 56, 54, 84, Family.BRASS),
    HORN("hn", "horn", 60, 41, 77, Family.BRASS),
    TROMBONE("tbn", "trombone", 57, 40, 72, Family.BRASS),
    TUBA("tba", "tuba", 58, 28, 58, Family.BRASS);

    /** How an instrument is played, which decides which pose parameters move. */
    public enum Family { BOWED, WOODWIND, BRASS }

    private final String code;
    private final String subUrmpName;
    private final int gmProgram;
    private final int lowestMidi;
    private final int highestMidi;
    private final Family family;

    Instrument(String code, String subUrmpName, int gmProgram, int lowestMidi, int highestMidi, Family family) {
        this.code = code;
        this.subUrmpName = subUrmpName;
        this.gmProgram = gmProgram;
        this.lowestMidi = lowestMidi;
        this.highestMidi = highestMidi;
        this.family = family;
    }

    /** URMP's code, e.g. {@code vn}. */
    public String code() { return code; }

    /** Sub-URMP's folder name, e.g. {@code double_bass}. */
    public String subUrmpName() { return subUrmpName; }

    /** General MIDI program number (0-based) of this instrument in a GM soundfont. */
    public int gmProgram() { return gmProgram; }

    /** Lowest MIDI note the instrument plays in this project's melodies. */
    public int lowestMidi() { return lowestMidi; }

    /** Highest MIDI note the instrument plays in this project's melodies. */
    public int highestMidi() { return highestMidi; }

    public Family family() { return family; }

    /** Class index used by every classifier: the enum order, which is URMP's order. */
    public int index() { return ordinal(); }

    public static Instrument ofIndex(int index) { return values()[index]; }

    /** Looks up a URMP code such as {@code tpt}; case-insensitive. */
    public static Optional<Instrument> ofCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.code.equals(c)).findFirst();
    }

    /** Looks up a Sub-URMP folder name such as {@code double_bass}; case-insensitive. */
    public static Optional<Instrument> ofSubUrmpName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.subUrmpName.equals(n)).findFirst();
    }

    /**
     * Looks up any name a dataset might use: URMP code, Sub-URMP name, or the enum name,
     * ignoring case, spaces, hyphens and underscores ({@code "Double Bass"}, {@code saxophone}).
     */
    public static Optional<Instrument> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
        for (Instrument i : values()) {
            if (i.code.equals(n) || i.subUrmpName.replace("_", "").equals(n)
                    || i.name().toLowerCase(Locale.ROOT).replace("_", "").equals(n)) {
                return Optional.of(i);
            }
        }
        if (n.equals("contrabass") || n.equals("bass")) return Optional.of(DOUBLE_BASS);
        if (n.equals("frenchhorn")) return Optional.of(HORN);
        return Optional.empty();
    }

    public static int count() { return values().length; }
}
