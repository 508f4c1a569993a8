package org.synesthesia.prepare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.Split;
import org.synesthesia.video.Box;
import org.synesthesia.video.PlayerCrop;
import org.synesthesia.video.VideoReader;

/**
 * Any folder of performance videos with {@code labels.csv}: one row per video,
 * {@code file,instrument[,instrument2...]}, the file relative to the folder and the players left
 * to right (an optional first row {@code file,instrument...} is a header). The sound is the
 * video's own track, cut into chunks and kept where its energy says it sounds; each player's
 * region of the frame at a chunk's centre is paired with that chunk. Videos are split by file.
 * Videos in the folder that {@code labels.csv} does not list are counted as unmatched.
 */
final class FolderSource implements PairSource {

    static final String LABELS = "labels.csv";
    private static final List<String> VIDEO_EXT = List.of(".mp4", ".mov", ".mkv", ".avi", ".webm", ".m4v");

    private final Path root;
    private final PrepareConfig config;
    private final CropBoxes crops;
    private int unlabelled;

    FolderSource(Path root, PrepareConfig config, CropBoxes crops) {
        this.root = root;
        this.config = config;
        this.crops = crops;
    }

    @Override
    public List<Unit> units() throws IOException {
        Path labelsFile = root.resolve(LABELS);
        if (!Files.isRegularFile(labelsFile)) {
            throw new BadInputException(labelsFile + ": missing; a video folder needs labels.csv with rows 'file,instrument[,instrument2...]'.");
        }
        Map<String, List<Instrument>> labels = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(labelsFile, StandardCharsets.UTF_8);
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split(",");
            if (ln == 0 && f[0].trim().equalsIgnoreCase("file")) continue;
            if (f.length < 2) throw new BadInputException(labelsFile + ":" + (ln + 1) + ": expected 'file,instrument[,instrument2...]', found '" + line + "'; fix the row.");
            List<Instrument> players = new ArrayList<>();
            for (int k = 1; k < f.length; k++) {
                String name = f[k].trim();
                players.add(Instrument.parse(name).orElseThrow(() -> new BadInputException(
                        labelsFile + ":" + ": '" + name + "' is none of the 13 URMP instruments; fix the row for " + f[0].trim() + ".")));
            }
            labels.put(f[0].trim(), players);
        }
        if (labels.isEmpty()) throw new BadInputException(labelsFile + ": lists no videos; add a row 'file,instrument' per video.");
        try (Stream<Path> list = Files.list(root)) {
            unlabelled = (int) list.map(p -> p.getFileName().toString())
                    .filter(n -> VIDEO_EXT.stream().anyMatch(e -> n.toLowerCase(Locale.ROOT).endsWith(e)))
                    .filter(n -> !labels.containsKey(n)).count();
        }
        Map<String, Split> splits = SplitPlan.byRecording(labels.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().map(Instrument::code).toList())), config.testFraction(), config.splitSeed());
        return labels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Unit(e.getKey(), bad -> video(e.getKey(), e.getValue(), splits.get(e.getKey()), bad))).toList();
    }

    @Override
    public Map<String, Integer> strays() { return unlabelled == 0 ? Map.of() : Map.of("unlabelled-video", unlabelled); }

    private Output video(String name, List<Instrument> players, Split split, BadFiles bad) throws IOException {
        Path file = root.resolve(name);
        try (VideoReader video = VideoReader.open(file)) {
            float[] sound = AudioFiles.readMono(file, config.sampleRate());
            double seconds = TrackChunks.seconds(sound, config.sampleRate());
            List<Pair> pairs = new ArrayList<>();
            for (TrackChunks.Chunk c : TrackChunks.cut(sound, config.sampleRate(), null, config)) {
                var frame = video.frameAt(c.centre());
                if (frame.isEmpty()) break;
                for (int t = 1; t <= players.size(); t++) {
                    Box square = crops.square(name, t, players.size(), video.width(), video.height());
                    pairs.add(new Pair(PlayerCrop.resize(frame.get().image(), square, config.imageSize()), c.audio(), players.get(t - 1),
                            split, null, 0f, false, name, t, name, c.start(), frame.get().index()));
                }
            }
            return new Output(pairs, seconds, Map.of());
        } catch (BadInputException e) {
            bad.bad(file, e);
            return Output.empty();
        }
    }
}
