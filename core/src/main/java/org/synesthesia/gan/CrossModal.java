package org.synesthesia.gan;

import java.io.IOException;
import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.audio.Chunks;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.image.Images;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.FeatureSpec;
import org.synesthesia.nn.Features;

/**
 * The two generation verbs over a trained run: a sound file to images of its performer (S2I), an
 * image to sound (I2S). Files become conditions through the run's frozen encoder, conditions become
 * samples through {@link ConditionalGenerator}, and samples become files through {@link SampleKind}.
 */
public final class CrossModal {

    private final ConditionalGenerator generator;
    private final Classifier encoder;

    private CrossModal(ConditionalGenerator generator, Classifier encoder) {
        this.generator = generator;
        this.encoder = encoder;
    }

    /** Loads a run's release weights and the encoder they were trained with. */
    public static CrossModal load(Path run) throws IOException {
        ConditionalGenerator g = ConditionalGenerator.load(run);
        String encoderRun = g.release().origin().encoderRun();
        if (encoderRun.isEmpty()) throw new BadInputException(run + " was trained without an encoder run on record, so files cannot be turned into conditions: retrain with --encoder");
        return new CrossModal(g, Classifier.load(Path.of(encoderRun)));
    }

    public ConditionalGenerator generator() { return generator; }

    /** These directions drawing noise truncated at {@code truncation} ({@link ConditionalGenerator#withTruncation}). */
    public CrossModal withTruncation(double truncation) {
        return new CrossModal(generator.withTruncation(truncation), encoder);
    }

    /** The conditions of a file: one per 0.5 s chunk of a sound (a shorter sound is padded to one), one for an image. */
    public INDArray conditions(Path file) {
        FeatureSpec spec = encoder.features();
        int size = spec.shape().size();
        float[][] inputs;
        if (generator.release().config().direction() == Direction.S2I) {
            float[] x = AudioFiles.readMono(file, spec.sampleRate());
            float[][] chunks = x.length < spec.chunkSamples() ? new float[][] {java.util.Arrays.copyOf(x, spec.chunkSamples())} : Chunks.cut(x, spec.chunkSamples());
            inputs = new float[chunks.length][];
            for (int k = 0; k < chunks.length; k++) inputs[k] = Features.audio(chunks[k], spec, null);
        } else {
            float[] chw = Images.toChw(Images.cover(Images.read(file), spec.imageSize(), spec.imageSize()));
            inputs = new float[][] {Features.image(chw, spec.imageSize(), null)};
        }
        float[] all = new float[inputs.length * size];
        for (int k = 0; k < inputs.length; k++) System.arraycopy(inputs[k], 0, all, k * size, size);
        return encoder.condition(Nd4j.create(all, spec.shape().batchShape(inputs.length)));
    }

    /**
     * S2I: {@code samples} images for each chunk of {@code audio}, as a PNG grid with one row per
     * chunk and one column per noise. Returns the number of chunks.
     */
    public int soundToImage(Path audio, int samples, long seed, Path outPng) throws IOException {
        requireDirection(Direction.S2I, "image");
        INDArray c = conditions(audio);
        SampleKind.of(generator.release()).write(generator.generate(c, seed, samples), samples, outPng);
        return (int) c.size(0);
    }

    /** I2S: about {@code seconds} of sound for {@code image}, one chunk per noise, joined into a WAV. Returns the seconds written. */
    public double imageToSound(Path image, double seconds, long seed, Path outWav) throws IOException {
        requireDirection(Direction.I2S, "sound");
        var kind = (SampleKind.Sound) SampleKind.of(generator.release());
        int chunks = Math.max(1, (int) Math.ceil(seconds * kind.lms().sampleRate() / kind.chunkSamples()));
        float[] audio = kind.audio(generator.generate(conditions(image), seed, chunks), seed);
        WavWriter.writeMono(outWav, audio, kind.lms().sampleRate(), 16);
        return audio.length / (double) kind.lms().sampleRate();
    }

    private void requireDirection(Direction d, String verb) {
        if (generator.release().config().direction() != d) {
            throw new BadInputException("this run generates " + (d == Direction.S2I ? "sound" : "images") + ", not " + verb
                    + "s: use 'generate " + (d == Direction.S2I ? "sound" : "image") + "' or a " + d.name().toLowerCase(java.util.Locale.ROOT) + " run");
        }
    }
}
