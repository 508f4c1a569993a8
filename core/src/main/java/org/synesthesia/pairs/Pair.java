package org.synesthesia.pairs;

import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * One image-sound pair on its way into the store.
 *
 * @param image      S x S x 3 RGB bytes, row-major HWC
 * @param audio      the sound chunk as 16-bit samples
 * @param instrument the player's instrument
 * @param split      train or test, decided per recording
 * @param pose       the pose in the frame, or null where the source has none
 * @param pitchHz    pitch of the note sounding at the chunk's centre, 0 if none or unknown
 * @param onset      whether a note starts inside the chunk
 * @param piece      see {@link PairInfo#piece()}
 * @param track      see {@link PairInfo#track()}
 * @param source     see {@link PairInfo#source()}
 * @param timeSeconds see {@link PairInfo#timeSeconds()}
 */
public record Pair(byte[] image, short[] audio, Instrument instrument, Split split, Pose pose, float pitchHz, boolean onset,
                   String piece, int track, String source, double timeSeconds) {

    /** Converts samples in [-1, 1] (clipped) to 16-bit. */
    public static short[] toPcm16(float[] samples, int from, int length) {
        short[] out = new short[length];
        for (int k = 0; k < length; k++) {
            int i = from + k;
            float v = i >= 0 && i < samples.length ? samples[i] : 0f;
            out[k] = (short) Math.round(Math.max(-1f, Math.min(1f, v)) * 32767f);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Pair[" + piece + " track " + track + " at " + timeSeconds + " s, " + instrument
                + ", image " + image.length + " B, audio " + audio.length + " samples, pose " + pose
                + ", pitch " + pitchHz + (onset ? ", onset" : "") + "]";
    }
}
