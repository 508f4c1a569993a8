package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.audio.GriffinLim;
import org.synesthesia.audio.Lms;
import org.synesthesia.audio.LmsConfig;
import org.synesthesia.audio.WavWriter;

/** What a generator emits and how its samples become a file: the only part where S2I and I2S differ. */
public interface SampleKind {

    /** Writes samples {@code [n, channels, height, width]} in [-1, 1] to {@code file}. */
    void write(INDArray samples, int columns, Path file) throws IOException;

    /** The kind for a release's direction. */
    static SampleKind of(ConditionalGenerator.Release release) {
        return release.config().direction() == Direction.S2I ? new Images() : new Sound(release.origin().lms(), release.origin().chunkSamples());
    }

    /** Images: a PNG grid of {@code columns} tiles a row. */
    record Images() implements SampleKind {
        @Override
        public void write(INDArray samples, int columns, Path file) throws IOException {
            SampleGrid.writePng(samples, columns, file);
        }
    }

    /**
     * LMS samples ({@code [n, 1, mels, frames]}): each back to dB, through Griffin-Lim to one chunk of
     * audio, and the chunks one after another in a 16-bit WAV.
     */
    record Sound(LmsConfig lms, int chunkSamples) implements SampleKind {
        /** Griffin-Lim iterations: past about 32 the fast variant gains little that is audible. */
        static final int ITERATIONS = 32;

        @Override
        public void write(INDArray samples, int columns, Path file) throws IOException {
            WavWriter.writeMono(file, audio(samples, 0), lms.sampleRate(), 16);
        }

        /** The audio of all samples, one chunk each, with Griffin-Lim's phases drawn from {@code seed}. */
        public float[] audio(INDArray samples, long seed) {
            int n = (int) samples.size(0);
            float[] out = new float[n * chunkSamples];
            for (int k = 0; k < n; k++) {
                float[] chunk = GriffinLim.invert(db(samples, k), lms, ITERATIONS, seed + k, chunkSamples);
                System.arraycopy(chunk, 0, out, k * chunkSamples, chunkSamples);
            }
            return out;
        }

        /** Sample {@code k}'s LMS in dB, {@code [mels][frames]}: G's [-1, 1] back onto the targets' dB range. */
        public float[][] db(INDArray samples, int k) {
            int mels = (int) samples.size(2);
            int frames = (int) samples.size(3);
            float[] flat = samples.get(org.nd4j.linalg.indexing.NDArrayIndex.point(k)).dup('c').data().asFloat();
            float[][] unit = new float[mels][frames];
            for (int m = 0; m < mels; m++) System.arraycopy(flat, m * frames, unit[m], 0, frames);
            return Lms.denormalize(unit, lms);
        }
    }
}
