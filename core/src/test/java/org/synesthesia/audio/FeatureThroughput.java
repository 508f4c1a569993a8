package org.synesthesia.audio;

import com.sun.media.sound.AudioSynthesizer;
import java.io.File;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sound.midi.MidiChannel;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Soundbank;
import javax.sound.sampled.AudioFormat;

/**
 * Measures feature throughput (times real time, CPU time of one thread) and Griffin-Lim quality; a program, not a
 * test, so that the suite stays fast. Run from core/ with the test classpath (see the signal report).
 */
public final class FeatureThroughput {

    public static void main(String[] args) throws Exception {
        int rate = 22050;
        int chunks = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        float[] chunk = GriffinLimTest.harmonicToneWithVibrato(392, 11025, rate);
        double chunkSeconds = chunk.length / (double) rate;

        report("LMS 128x44", chunks, chunkSeconds, i -> Lms.compute(chunk, LmsConfig.DEFAULT));
        report("CQT 84x44", chunks / 4, chunkSeconds, i -> Cqt.compute(chunk, CqtConfig.DEFAULT));
        report("wave frames 44x256", chunks * 10, chunkSeconds, i -> WaveFrames.frame(chunk, WaveConfig.DEFAULT));
        float[] minute48k = GriffinLimTest.harmonicToneWithVibrato(392, 48000 * 60, 48000);
        report("resample 48k->22.05k (60 s)", 3, 60, i -> Resampler.resample(minute48k, 48000, 22050));
        float[][] lms = Lms.compute(chunk, LmsConfig.DEFAULT);
        report("Griffin-Lim 100 it", 5, chunkSeconds, i -> GriffinLim.invert(lms, LmsConfig.DEFAULT, 100, 1));

        quality("harmonic tone with vibrato", GriffinLimTest.harmonicToneWithVibrato(392, 11025, rate));
        File sf2 = new File("/usr/share/sounds/sf2/FluidR3_GM.sf2");
        if (sf2.isFile()) quality("FluidR3 violin G4 (Gervill)", violin(sf2, rate));
    }

    private static void report(String name, int repeats, double secondsEach, Consumer<Integer> work) {
        for (int i = 0; i < Math.max(3, repeats / 5); i++) work.accept(i); // warm up the JIT
        // CPU time of this thread, not wall time: the machine is shared, and the question is one core's rate
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < repeats; i++) work.accept(i);
        double took = (bean.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-32s %8.2f ms per item  %9.1f x real time%n", name, took * 1000 / repeats, repeats * secondsEach / took);
    }

    private static void quality(String name, float[] x) {
        LmsConfig c = LmsConfig.DEFAULT;
        for (int iterations : new int[] {32, 100, 300}) {
            float[] y = GriffinLim.invert(Lms.compute(x, c), c, iterations, 1, x.length);
            double linear = GriffinLim.spectralConvergence(x, y, c.nFft(), c.hop());
            float[][] mx = Lms.melPower(x, c), my = Lms.melPower(y, c);
            double mel = GriffinLim.spectralConvergence(sqrt(mx), sqrt(my));
            float[][] mag = Stft.magnitudes(x, c.nFft(), c.hop());
            double fromLinear = GriffinLim.spectralConvergence(x,
                    GriffinLim.invertMagnitudes(mag, c.nFft(), c.hop(), iterations, 1, x.length), c.nFft(), c.hop());
            System.out.printf(Locale.ROOT, "%-32s %3d it: SC(LMS->audio, linear) %.3f  SC(mel) %.3f  SC(linear mags->audio) %.3f%n",
                    name, iterations, linear, mel, fromLinear);
        }
    }

    /** 0.5 s of a GM violin (program 41) playing G4, rendered offline with the JDK's SF2 synthesizer. */
    static float[] violin(File sf2, int rate) throws Exception {
        AudioSynthesizer synth = (AudioSynthesizer) MidiSystem.getSynthesizer();
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (InputStream stream = synth.openStream(format, null)) {
            Soundbank bank = MidiSystem.getSoundbank(sf2);
            synth.loadAllInstruments(bank);
            MidiChannel channel = synth.getChannels()[0];
            channel.programChange(40);
            channel.noteOn(67, 100);
            byte[] bytes = stream.readNBytes(2 * 11025);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            float[] x = new float[bytes.length / 2];
            for (int i = 0; i < x.length; i++) x[i] = b.getShort() / 32768f;
            return x;
        } finally {
            synth.close();
        }
    }

    private static float[][] sqrt(float[][] p) {
        float[][] out = new float[p.length][p[0].length];
        for (int i = 0; i < p.length; i++) for (int j = 0; j < p[i].length; j++) out[i][j] = (float) Math.sqrt(p[i][j]);
        return out;
    }
}
