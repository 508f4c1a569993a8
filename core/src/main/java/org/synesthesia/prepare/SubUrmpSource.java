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
 * Sub-URMP as distributed: {@code img/{train,validation}/<instrument>/<stem>.jpg} and
 * {@code chunk/{train,validation}/<instrument>/<stem>.wav}, instruments named as
 * {@link Instrument#subUrmpName()}, stems like {@code cello00_6300} (the part before the last
 * underscore names the recording). Images and chunks pair by stem; files without a partner are
 * counted as unmatched. The split is Sub-URMP's own: validation becomes test. Each image's centre
 * square is scaled down; each chunk is mixed to mono, resampled, and cut or zero-padded to the
 * chunk length. No chunk is dropped as silent: Sub-URMP chose them already.
 */
final class SubUrmpSource implements PairSource {

    static final List<String> SPLITS = List.of("train", "validation");

    private final Path root;
    private final PrepareConfig config;

    SubUrmpSource(Path root, PrepareConfig config) {
        this.root = root;
        this.config = config;
    }

    @Override
    public List<Unit> units() throws IOException {
        for (String top : List.of("img", "chunk")) {
            if (!Files.isDirectory(root.resolve(top))) {
                throw new BadInputException(root.resolve(top) + ": missing; a Sub-URMP folder holds img/{train,validation}/<instrument>/*.jpg and chunk/{train,validation}/<instrument>/*.wav.");
            }
        }
        List<Unit> units = new ArrayList<>();
        for (String split : SPLITS) {
            TreeSet<String> instruments = new TreeSet<>();
            for (String top : List.of("img", "chunk")) instruments.addAll(PairSource.subfolders(root.resolve(top).resolve(split)));
            for (String name : instruments) {
                units.add(new Unit(split + "/" + name, bad -> folder(split, name, bad)));
            }
        }
        if (units.isEmpty()) throw new BadInputException(root + ": img/ and chunk/ hold no train or validation instrument folders; check the layout.");
        return units;
    }

    private Output folder(String split, String name, BadFiles bad) throws IOException {
        Path imgDir = root.resolve("img").resolve(split).resolve(name);
        Path chunkDir = root.resolve("chunk").resolve(split).resolve(name);
        Instrument instrument = Instrument.ofSubUrmpName(name).orElseThrow(() -> new BadInputException(
                imgDir + ": '" + name + "' is not a Sub-URMP instrument (bassoon, cello, clarinet, double_bass, flute, horn, oboe, sax, trombone, trumpet, tuba, viola, violin); rename or remove it."));
        Map<String, Path> images = byStem(imgDir, ".jpg");
        Map<String, Path> chunks = byStem(chunkDir, ".wav");
        Map<String, Integer> unmatched = new TreeMap<>();
        int imagesAlone = (int) images.keySet().stream().filter(s -> !chunks.containsKey(s)).count();
        int chunksAlone = (int) chunks.keySet().stream().filter(s -> !images.containsKey(s)).count();
        if (imagesAlone > 0) unmatched.put("img", imagesAlone);
        if (chunksAlone > 0) unmatched.put("chunk", chunksAlone);
        Split s = split.equals("train") ? Split.TRAIN : Split.TEST;
        List<Pair> pairs = new ArrayList<>();
        double seconds = 0;
        for (var e : images.entrySet()) {
            Path wav = chunks.get(e.getKey());
            if (wav == null) continue;
            byte[] image;
            float[] sound;
            try {
                image = StillImages.readSquare(e.getValue(), config.imageSize());
            } catch (BadInputException ex) {
                bad.bad(e.getValue(), ex);
                continue;
            }
            try {
                sound = AudioFiles.readMono(wav, config.sampleRate());
            } catch (BadInputException ex) {
                bad.bad(wav, ex);
                continue;
            }
            seconds += sound.length / (double) config.sampleRate();
            String stem = e.getKey();
            int cut = stem.lastIndexOf('_');
            pairs.add(new Pair(image, Pair.toPcm16(sound, 0, config.chunkSamples()), instrument, s, null, 0f, false,
                    cut > 0 ? stem.substring(0, cut) : stem, 1, root.relativize(wav).toString(), Double.NaN, -1));
        }
        return new Output(pairs, seconds, unmatched);
    }

    /** Files in {@code dir} with the extension (any case), by stem, sorted; empty if there is no folder. */
    private static Map<String, Path> byStem(Path dir, String ext) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                String n = p.getFileName().toString();
                if (n.toLowerCase(Locale.ROOT).endsWith(ext) && Files.isRegularFile(p)) out.put(n.substring(0, n.length() - ext.length()), p);
            }
        }
        return out;
    }
}
