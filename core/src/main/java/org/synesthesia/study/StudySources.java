package org.synesthesia.study;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.image.Images;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;

/** Where study items come from: held-out pairs of a pair store, and folders of generated samples. */
public final class StudySources {

    /** The condition of items cut from the pair store's real recordings. */
    public static final String REAL = "real";

    private static final Pattern GROUP = Pattern.compile("pair-\\d+");

    private StudySources() {}

    /**
     * Writes up to {@code perInstrument} test-split pairs per instrument (lowest indices first) as
     * {@code pair-<index>.png} and {@code .wav} into {@code folder}; each pair's image and sound share a group.
     */
    public static List<StudyItem> heldOut(PairStore store, int perInstrument, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<Instrument, Integer> taken = new EnumMap<>(Instrument.class);
        List<StudyItem> items = new ArrayList<>();
        int s = store.imageSize();
        byte[] hwc = new byte[s * s * 3];
        float[] sound = new float[store.chunkSamples()];
        for (int i : store.indices(Split.TEST)) {
            Instrument instrument = store.instrument(i);
            if (taken.merge(instrument, 1, Integer::sum) > perInstrument) continue;
            String group = String.format("pair-%05d", i);
            store.image(i, hwc);
            BufferedImage image = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < s * s; p++)
                image.setRGB(p % s, p / s, (hwc[3 * p] & 0xff) << 16 | (hwc[3 * p + 1] & 0xff) << 8 | (hwc[3 * p + 2] & 0xff));
            Path png = folder.resolve(group + ".png");
            Images.writePng(png, image);
            store.audio(i, sound);
            Path wav = folder.resolve(group + ".wav");
            WavWriter.writeMono(wav, sound, store.manifest().sampleRate(), 16);
            items.add(new StudyItem(png, instrument, REAL, group, null));
            items.add(new StudyItem(wav, instrument, REAL, group, null));
        }
        if (items.isEmpty()) throw new BadInputException(store.folder() + " holds no test-split pairs; prepare it with a test fraction above 0");
        return items;
    }

    /**
     * The PNG and WAV samples in {@code folder} (not below it), each named after its instrument
     * code ({@code vn_0001.png}, {@code tpt-pair-00012.wav}); {@code pair-<n>} in a name is its group.
     * Other files are skipped.
     */
    public static List<StudyItem> generated(Path folder, String condition) throws IOException {
        if (!Files.isDirectory(folder)) throw new BadInputException(folder + " is not a folder; give the folder of generated samples");
        List<StudyItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                if (!Files.isRegularFile(f) || !(StudyItem.isImageFile(f) || StudyItem.isSoundFile(f))) continue;
                Optional<Instrument> instrument = instrumentOf(f.getFileName().toString());
                if (instrument.isEmpty()) continue;
                Matcher m = GROUP.matcher(f.getFileName().toString());
                items.add(new StudyItem(f, instrument.get(), condition, m.find() ? m.group() : null, null));
            }
        }
        if (items.isEmpty())
            throw new BadInputException(folder + " holds no samples named after an instrument code (e.g. vn_0001.png); point at a folder of generated samples");
        return items;
    }

    /**
     * The generated examples an evaluation wrote into a GAN run folder:
     * {@code eval/images/<code>/generated-<pair>-z<k>.png} and {@code eval/sounds/<code>/generated-*.wav}.
     * Each item's group is its held-out pair ({@code pair-<pair>}), so pair questions can match it.
     */
    public static List<StudyItem> generatedOfRun(Path run, String condition) throws IOException {
        List<StudyItem> items = new ArrayList<>();
        for (String kind : List.of("images", "sounds")) {
            Path root = run.resolve("eval").resolve(kind);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root, 2)) {
                for (Path f : files.sorted().toList()) {
                    Matcher m = EVALUATED.matcher(f.getFileName().toString());
                    if (!Files.isRegularFile(f) || !m.matches() || f.getParent().equals(root)) continue;
                    Optional<Instrument> instrument = Instrument.ofCode(f.getParent().getFileName().toString());
                    if (instrument.isEmpty() || !(StudyItem.isImageFile(f) || StudyItem.isSoundFile(f))) continue;
                    items.add(new StudyItem(f, instrument.get(), condition, "pair-" + m.group(1), null));
                }
            }
        }
        if (items.isEmpty()) throw new BadInputException(run + " holds no evaluated samples (eval/images or eval/sounds); evaluate the GAN run first");
        return items;
    }

    /**
     * The name a judge's prediction carries for a sample file: {@code pair-<pair>-z<k>} for the
     * evaluation's {@code generated-<pair>-z<k>.*} files, else the file name.
     */
    public static String sampleKey(Path file) {
        Matcher m = EVALUATED.matcher(file.getFileName().toString());
        return m.matches() ? "pair-" + m.group(1) + "-z" + m.group(2) : file.getFileName().toString();
    }

    private static final Pattern EVALUATED = Pattern.compile("generated-(\\d+)-z(\\d+)\\.\\w+");

    private static Optional<Instrument> instrumentOf(String name) {
        int cut = 0;
        while (cut < name.length() && Character.isLetter(name.charAt(cut))) cut++;
        return cut == 0 ? Optional.empty() : Instrument.ofCode(name.substring(0, cut));
    }
}
