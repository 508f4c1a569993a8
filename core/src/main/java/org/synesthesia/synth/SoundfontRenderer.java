package org.synesthesia.synth;

import com.sun.media.sound.AudioSynthesizer;
import com.sun.media.sound.SoftSynthesizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Patch;
import javax.sound.midi.Receiver;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Soundbank;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import org.synesthesia.io.BadInputException;

/**
 * Plays parts through a General MIDI SF2 soundfont with the JDK's own synthesizer (Gervill),
 * offline and faster than real time. The soundfont is loaded once and shared; each
 * {@link #render} opens its own synthesizer, so renders may run on several threads.
 */
public final class SoundfontRenderer {

    /** URMP's sample rate. */
    public static final int SAMPLE_RATE = 48_000;
    /** How often the phrase's dynamics arc is sent as MIDI expression (CC11). */
    private static final double EXPRESSION_STEP_SECONDS = 0.05;

    private final Path file;
    private final Soundbank soundbank;

    private SoundfontRenderer(Path file, Soundbank soundbank) {
        this.file = file;
        this.soundbank = soundbank;
    }

    /** Loads an SF2 soundfont; a missing or unreadable file is a {@link BadInputException}. */
    public static SoundfontRenderer load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": soundfont not found; install fluid-soundfont-gm or pass --soundfont with an SF2 file");
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            // From a stream Gervill reads the samples into memory, so renders never touch the file again.
            return new SoundfontRenderer(file, MidiSystem.getSoundbank(in));
        } catch (InvalidMidiDataException | IOException | RuntimeException e) {
            throw new BadInputException(file + ": not a readable SF2 soundfont (" + e.getMessage() + "); pass --soundfont with a General MIDI SF2 file", e);
        }
    }

    public Path file() { return file; }

    /** Renders {@code part} to {@code seconds} of 48 kHz mono samples (unnormalized, float). */
    public float[] render(Part part, double seconds) {
        int program = part.instrument().gmProgram();
        javax.sound.midi.Instrument instrument = soundbank.getInstrument(new Patch(0, program));
        if (instrument == null) {
            throw new BadInputException(file + ": soundfont has no General MIDI program " + program + " (" + part.instrument().subUrmpName() + "); pass --soundfont with a General MIDI SF2 file");
        }
        AudioSynthesizer synth = new SoftSynthesizer();
        AudioFormat format = new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, SAMPLE_RATE, 32, 1, 4, SAMPLE_RATE, false);
        Map<String, Object> info = new HashMap<>();
        info.put("load default soundbank", false);
        info.put("chorus", false);
        info.put("reverb", true);
        info.put("max polyphony", 32);
        try {
            AudioInputStream stream = synth.openStream(format, info);
            try {
                synchronized (soundbank) {
                    if (!synth.loadInstrument(instrument)) throw new BadInputException(file + ": could not load program " + program + " from the soundfont");
                }
                Receiver receiver = synth.getReceiver();
                for (Timed e : events(part, program)) receiver.send(e.message(), e.micros());
                return readSamples(stream, (int) Math.round(seconds * SAMPLE_RATE));
            } finally {
                stream.close();
            }
        } catch (MidiUnavailableException | InvalidMidiDataException e) {
            throw new IllegalStateException("the JDK's synthesizer failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            synth.close();
        }
    }

    private record Timed(long micros, MidiMessage message) {}

    /** The MIDI events of a part, in time order with strictly increasing time stamps. */
    private static List<Timed> events(Part part, int program) throws InvalidMidiDataException {
        List<Timed> events = new ArrayList<>();
        events.add(new Timed(0, new ShortMessage(ShortMessage.PROGRAM_CHANGE, 0, program, 0)));
        events.add(new Timed(0, new ShortMessage(ShortMessage.CONTROL_CHANGE, 0, 7, 100)));
        events.add(new Timed(0, new ShortMessage(ShortMessage.CONTROL_CHANGE, 0, 11, part.phrases().get(0).base())));
        for (Phrase p : part.phrases()) {
            for (double t = p.start(); t < p.end(); t += EXPRESSION_STEP_SECONDS) {
                events.add(new Timed(micros(t), new ShortMessage(ShortMessage.CONTROL_CHANGE, 0, 11, p.expressionAt(t))));
            }
        }
        for (PlayedNote n : part.notes()) {
            events.add(new Timed(micros(n.onset()), new ShortMessage(ShortMessage.NOTE_ON, 0, n.midi(), n.velocity())));
            events.add(new Timed(micros(n.end()), new ShortMessage(ShortMessage.NOTE_OFF, 0, n.midi(), 0)));
        }
        // Stable sort keeps program/controller before notes at equal times; Gervill keys its queue
        // by time stamp, so equal stamps are spread by a microsecond each.
        events.sort(Comparator.comparingLong(Timed::micros));
        List<Timed> unique = new ArrayList<>(events.size());
        long last = -1;
        for (Timed e : events) {
            long at = Math.max(e.micros(), last + 1);
            unique.add(new Timed(at, e.message()));
            last = at;
        }
        return unique;
    }

    private static long micros(double seconds) { return Math.round(seconds * 1e6); }

    private static float[] readSamples(AudioInputStream stream, int count) throws IOException {
        byte[] bytes = new byte[count * 4];
        int off = 0;
        while (off < bytes.length) {
            int n = stream.read(bytes, off, bytes.length - off);
            if (n < 0) throw new IOException("the synthesizer's stream ended early");
            off += n;
        }
        float[] out = new float[count];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
