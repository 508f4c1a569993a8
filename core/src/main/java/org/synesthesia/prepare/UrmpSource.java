package org.synesthesia.prepare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.Split;
import org.synesthesia.urmp.Note;
import org.synesthesia.urmp.Piece;
import org.synesthesia.urmp.UrmpText;
import org.synesthesia.video.VideoFrame;
import org.synesthesia.video.VideoReader;

/**
 * URMP's layout: one folder per piece, {@code NN_Title_codes/}, holding {@code Vid_*.mp4} and per
 * track {@code AuSep_*.wav}, and optionally {@code Notes_*.txt} and our {@code Pose_*.csv} (names
 * as {@link Piece} gives them). Each track's separated sound is cut into chunks; each sounding
 * chunk is paired with that player's part of the frame on screen at the chunk's centre.
 */
final class UrmpSource implements PairSource {

    /** Video allowed to run short of the sound before the file counts as truncated, s. */
    static final double VIDEO_SHORTFALL_SECONDS = 1.0;

    private final Path root;
    private final PrepareConfig config;
    private final CropBoxes crops;
    private final List<String> strays = new ArrayList<>();

    UrmpSource(Path root, PrepareConfig config, CropBoxes crops) {
        this.root = root;
        this.config = config;
        this.crops = crops;
    }

    @Override
    public List<Unit> units() throws IOException {
        List<Piece> pieces = new ArrayList<>();
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.sorted().toList()) {
                if (!Files.isDirectory(p) || p.getFileName().toString().startsWith(".")) continue;
                Piece.parseFolder(p.getFileName().toString()).ifPresentOrElse(pieces::add, () -> strays.add(p.getFileName().toString()));
            }
        }
        if (pieces.isEmpty()) {
            throw new BadInputException(root + ": holds no URMP piece folders (named like 01_Jupiter_vn_vc); point prepare urmp at the dataset root.");
        }
        Map<String, Split> splits = SplitPlan.byRecording(pieces.stream().collect(java.util.stream.Collectors.toMap(Piece::folderName,
                p -> p.instruments().stream().map(org.synesthesia.instrument.Instrument::code).toList(), (a, b) -> a)),
                config.testFraction(), config.splitSeed());
        return pieces.stream().map(p -> new Unit(p.folderName(), bad -> piece(p, splits.get(p.folderName()), bad))).toList();
    }

    @Override
    public Map<String, Integer> strays() { return strays.isEmpty() ? Map.of() : Map.of("not-a-piece-folder", strays.size()); }

    /** One track's kept chunks and what labels them. */
    private record Track(int number, Path sound, List<TrackChunks.Chunk> chunks, FramePoses poses, double seconds) {}

    private Output piece(Piece piece, Split split, BadFiles bad) throws IOException {
        Path dir = piece.folder(root);
        List<Track> tracks = new ArrayList<>();
        for (int t = 1; t <= piece.tracks(); t++) {
            Track track = track(piece, dir, t, bad);
            if (track != null) tracks.add(track);
        }
        if (tracks.isEmpty()) return Output.empty();
        double seconds = tracks.stream().mapToDouble(Track::seconds).max().orElse(0);

        // chunk number -> the tracks that sound in it; every track uses the same chunk grid
        TreeMap<Integer, List<Track>> byChunk = new TreeMap<>();
        Map<Integer, Map<Integer, TrackChunks.Chunk>> chunkOf = new java.util.HashMap<>(); // by track number
        for (Track tr : tracks) {
            Map<Integer, TrackChunks.Chunk> m = new java.util.HashMap<>();
            for (TrackChunks.Chunk c : tr.chunks()) {
                byChunk.computeIfAbsent(c.number(), k -> new ArrayList<>()).add(tr);
                m.put(c.number(), c);
            }
            chunkOf.put(tr.number(), m);
        }
        Path videoFile = dir.resolve(piece.videoName());
        List<Pair> pairs = new ArrayList<>();
        try (VideoReader video = VideoReader.open(videoFile)) {
            int missing = 0;
            for (var e : byChunk.entrySet()) {
                double centre = (e.getKey() + 0.5) * config.chunkSeconds();
                var frame = video.frameAt(centre);
                if (frame.isEmpty()) {
                    missing++;
                    continue;
                }
                for (Track tr : e.getValue()) pairs.add(pair(piece, split, tr, chunkOf.get(tr.number()).get(e.getKey()), frame.get(), video));
            }
            if (missing * config.chunkSeconds() > VIDEO_SHORTFALL_SECONDS) {
                throw new BadInputException(String.format(Locale.ROOT, "%s: the video ends after %d frames (%.1f s) but the sound runs to %.1f s; it may be truncated, so replace it.",
                        videoFile, video.framesDecoded(), video.framesDecoded() / video.frameRate(), seconds));
            }
        } catch (BadInputException e) {
            bad.bad(videoFile, e);
            return new Output(List.of(), seconds, Map.of());
        }
        return new Output(pairs, seconds, Map.of());
    }

    private Pair pair(Piece piece, Split split, Track tr, TrackChunks.Chunk c, VideoFrame frame, VideoReader video) {
        var square = crops.square(piece.folderName(), tr.number(), piece.tracks(), video.width(), video.height());
        byte[] image = org.synesthesia.video.PlayerCrop.resize(frame.image(), square, config.imageSize());
        var pose = tr.poses() == null ? null : tr.poses().at(frame.time());
        return new Pair(image, c.audio(), piece.instrument(tr.number()), split, pose, c.pitchHz(), c.onset(),
                piece.folderName(), tr.number(), root.relativize(tr.sound()).toString(), c.start(), frame.index());
    }

    /** Reads one track; null (after telling {@code bad}) when it cannot be used. */
    private Track track(Piece piece, Path dir, int t, BadFiles bad) throws IOException {
        Path sound = dir.resolve(piece.separatedName(t));
        if (!Files.isRegularFile(sound)) {
            bad.bad(sound, new BadInputException(sound + ": missing; a URMP piece folder holds AuSep_<track>_<code>_<NN>_<Title>.wav for each track, so add it or remove the piece."));
            return null;
        }
        Path notesFile = dir.resolve(piece.notesName(t));
        Path poseFile = dir.resolve(piece.poseName(t));
        try {
            float[] x = AudioFiles.readMono(sound, config.sampleRate());
            List<Note> notes = Files.isRegularFile(notesFile) ? UrmpText.readNotes(notesFile) : null;
            FramePoses poses = Files.isRegularFile(poseFile) ? new FramePoses(UrmpText.readPoses(poseFile)) : null;
            return new Track(t, sound, TrackChunks.cut(x, config.sampleRate(), notes, config), poses, TrackChunks.seconds(x, config.sampleRate()));
        } catch (BadInputException e) {
            bad.bad(sound, e);
            return null;
        }
    }
}
