package org.synesthesia.nn;

import java.util.Locale;

/** What a classifier reads: one of the paper's three sound encodings, or the video frame. */
public enum Encoding {
    /** Log-mel spectrogram of a chunk. */
    LMS(Modality.AUDIO),
    /** Constant-Q transform of a chunk. */
    CQT(Modality.AUDIO),
    /** The raw waveform of a chunk. */
    WAVE(Modality.AUDIO),
    /** The player's crop of the video frame. */
    IMAGE(Modality.IMAGE);

    /** Sound or picture. */
    public enum Modality { AUDIO, IMAGE }

    private final Modality modality;

    Encoding(Modality modality) { this.modality = modality; }

    public Modality modality() { return modality; }

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Encoding parse(String s) {
        for (Encoding e : values()) if (e.id().equalsIgnoreCase(s.trim())) return e;
        throw new IllegalArgumentException("unknown encoding '" + s + "': use lms, cqt, wave or image");
    }
}
