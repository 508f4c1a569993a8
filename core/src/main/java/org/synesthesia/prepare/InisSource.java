package org.synesthesia.prepare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.Split;

/**
 * INIS-style per-class folders: {@code images/<instrument>/*.{jpg,jpeg,png}} and
 * {@code sounds/<instrument>/*.{wav,flac}}, the instrument named in any form
 * {@link Instrument#parse} knows. INIS pairs by class, not by file: each sound file is split by
 * file into train or test (seeded), and so are the images when a class has two or more; the
 * sounding chunks of a split's sounds, in file order, take that split's images in turn (chunk j
 * gets image j mod n). A class with images but no sounds, or sounds but no images, is unmatched.
 */
final class InisSource implements PairSource {

    private static final List<String> IMAGE_EXT = List.of(".jpg", ".jpeg", ".png");
    private static final List<String> SOUND_EXT = List.of(".wav", ".flac");

    private final Path root;
    private final PrepareConfig config;

    InisSource(Path root, PrepareConfig config) {
        this.root = root;
        this.config = config;
    }

    @Override
    public List<Unit> units() throws IOException {
        for (String top : List.of("images", "sounds")) {
            if (!Files.isDirectory(root.resolve(top))) {
                throw new BadInputException(root.resolve(top) + ": missing; an INIS folder holds images/<instrument>/*.jpg|png and sounds/<instrument>/*.wav|flac.");
            }
        }
        TreeSet<String> classes = new TreeSet<>();
        for (String top : List.of("images", "sounds")) classes.addAll(PairSource.subfolders(root.resolve(top)));
        if (classes.isEmpty()) throw new BadInputException(root + ": images/ and sounds/ hold no instrument folders; check the layout.");
        return classes.stream().map(c -> new Unit(c, bad -> inisClass(c, bad))).toList();
    }

    private Output inisClass(String name, BadFiles bad) throws IOException {
        Path imageDir = root.resolve("images").resolve(name);
        Path soundDir = root.resolve("sounds").resolve(name);
        Instrument instrument = Instrument.parse(name).orElseThrow(() -> new BadInputException(
                root.resolve("sounds").resolve(name) + ": '" + name + "' names none of the 13 URMP instruments; rename or remove the folder."));
        List<Path> images = files(imageDir, IMAGE_EXT);
        List<Path> sounds = files(soundDir, SOUND_EXT);
        if (images.isEmpty() || sounds.isEmpty()) {
            return new Output(List.of(), 0, images.isEmpty() ? Map.of("sounds", sounds.size()) : Map.of("images", images.size()));
        }
        Map<String, Split> soundSplit = SplitPlan.byRecording(names(sounds), config.testFraction(), config.splitSeed());
        Map<String, Split> imageSplit = SplitPlan.byRecording(names(images), config.testFraction(), config.splitSeed());
        Map<Path, byte[]> decoded = new TreeMap<>();
        List<Pair> pairs = new ArrayList<>();
        double seconds = 0;
        for (Split split : Split.values()) {
            List<Path> splitImages = images.size() < 2 ? images
                    : images.stream().filter(p -> imageSplit.get(p.getFileName().toString()) == split).toList();
            int j = 0;
            for (Path sound : sounds) {
                if (soundSplit.get(sound.getFileName().toString()) != split) continue;
                float[] x;
                try {
                    x = AudioFiles.readMono(sound, config.sampleRate());
                } catch (BadInputException e) {
                    bad.bad(sound, e);
                    continue;
                }
                seconds += TrackChunks.seconds(x, config.sampleRate());
                for (TrackChunks.Chunk c : TrackChunks.cut(x, config.sampleRate(), null, config)) {
                    byte[] image = null;
                    for (int tries = 0; image == null && tries < splitImages.size(); tries++, j++) {
                        image = image(splitImages.get(j % splitImages.size()), decoded, bad);
                    }
                    if (image == null) break;
                    pairs.add(new Pair(image, c.audio(), instrument, split, null, 0f, false,
                            sound.getFileName().toString(), 1, root.relativize(sound).toString(), c.start(), -1));
                }
            }
        }
        return new Output(pairs, seconds, Map.of());
    }

    /** The image scaled, decoded once per class; null (after telling {@code bad}) if unreadable. */
    private byte[] image(Path file, Map<Path, byte[]> decoded, BadFiles bad) {
        if (decoded.containsKey(file)) return decoded.get(file);
        byte[] img = null;
        try {
            img = StillImages.readSquare(file, config.imageSize());
        } catch (BadInputException e) {
            bad.bad(file, e);
        }
        decoded.put(file, img);
        return img;
    }

    private static List<String> names(List<Path> files) { return files.stream().map(p -> p.getFileName().toString()).toList(); }

    private static List<Path> files(Path dir, List<String> exts) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> exts.stream().anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted().toList();
        }
    }
}
