package org.synesthesia.nn;

import org.synesthesia.audio.CqtConfig;
import org.synesthesia.audio.LmsConfig;

/**
 * How raw pairs become network inputs, stored with every classifier so that {@code classify}
 * turns any sound file or image into exactly what the network was trained on.
 *
 * @param encoding     what the network reads
 * @param sampleRate   the project rate the sound is resampled to
 * @param chunkSamples samples per sound chunk
 * @param imageSize    side of the square image crop
 * @param lms          spectrogram settings for {@link Encoding#LMS}
 * @param cqt          spectrogram settings for {@link Encoding#CQT}
 */
public record FeatureSpec(Encoding encoding, int sampleRate, int chunkSamples, int imageSize, LmsConfig lms, CqtConfig cqt) {

    /** Decibels below the chunk's loudest bin that still count; quieter is clipped to the floor. */
    public static final float RANGE_DB = 80f;

    public static FeatureSpec of(Encoding encoding, int sampleRate, int chunkSamples, int imageSize) {
        LmsConfig l = LmsConfig.DEFAULT;
        CqtConfig c = CqtConfig.DEFAULT;
        if (sampleRate != l.sampleRate()) {
            l = new LmsConfig(sampleRate, l.nFft(), l.hop(), l.nMels(), l.fMin(), sampleRate / 2.0, l.floor(), l.minDb(), l.maxDb());
            c = new CqtConfig(sampleRate, c.hop(), c.fMin(), c.binsPerOctave(), c.bins(), c.filterScale(), c.sparsity(), c.floor(), c.minDb(), c.maxDb());
        }
        return new FeatureSpec(encoding, sampleRate, chunkSamples, imageSize, l, c);
    }

    /** The network input shape, without the batch axis. */
    public InputShape shape() {
        return switch (encoding) {
            case LMS -> new InputShape(1, lms.nMels(), lms.frames(chunkSamples));
            case CQT -> new InputShape(1, cqt.bins(), cqt.frames(chunkSamples));
            case WAVE -> InputShape.waveform(chunkSamples);
            case IMAGE -> new InputShape(3, imageSize, imageSize);
        };
    }
}
