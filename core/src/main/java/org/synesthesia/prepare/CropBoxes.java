package org.synesthesia.prepare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.video.Box;
import org.synesthesia.video.PlayerCrop;

/**
 * Player boxes from a crop file, else URMP's equal-width regions. The crop file is a CSV with the
 * header {@code piece,track,x,y,w,h}: {@code piece} is the URMP piece folder name (or, for the
 * folder format, the video file name), {@code track} is 1-based, and the box is in video pixels.
 * Pieces or tracks it does not list use equal-width regions. Either way the square centred in the
 * box is what is scaled down.
 */
public final class CropBoxes {

    static final String HEADER = "piece,track,x,y,w,h";
    /** The crop file a dataset ships at its root, used when no other is named: the synthesizer writes one. */
    public static final String FILE = "crops.csv";

    private final Path file;
    private final Map<String, Map<Integer, Box>> boxes;

    private CropBoxes(Path file, Map<String, Map<Integer, Box>> boxes) {
        this.file = file;
        this.boxes = boxes;
    }

    static CropBoxes none() { return new CropBoxes(null, Map.of()); }

    static CropBoxes read(Path file) throws IOException {
        if (file == null) return none();
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": crop file not found; check the --crop-file path.");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().replace(" ", "").equals(HEADER)) {
            throw new BadInputException(file + ": a crop file starts with the header '" + HEADER + "'; fix its first line.");
        }
        Map<String, Map<Integer, Box>> boxes = new HashMap<>();
        for (int ln = 1; ln < lines.size(); ln++) {
            String line = lines.get(ln).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split(",");
            try {
                if (f.length != 6) throw new NumberFormatException("6 fields expected, found " + f.length);
                Box box = new Box(Integer.parseInt(f[2].trim()), Integer.parseInt(f[3].trim()), Integer.parseInt(f[4].trim()), Integer.parseInt(f[5].trim()));
                boxes.computeIfAbsent(f[0].trim(), k -> new HashMap<>()).put(Integer.parseInt(f[1].trim()), box);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file + ":" + (ln + 1) + ": bad crop row '" + line + "' (" + e.getMessage() + "); fix it.");
            }
        }
        return new CropBoxes(file, boxes);
    }

    /** Writes a crop file atomically: for each piece, its tracks' boxes in track order. */
    public static void write(Path file, Map<String, List<Box>> boxes) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        boxes.forEach((piece, tracks) -> {
            for (int t = 0; t < tracks.size(); t++) {
                Box b = tracks.get(t);
                csv.append(piece).append(',').append(t + 1).append(',').append(b.x()).append(',').append(b.y())
                        .append(',').append(b.w()).append(',').append(b.h()).append('\n');
            }
        });
        AtomicFiles.writeString(file, csv.toString());
    }

    /** The square to scale for {@code track} of {@code tracks} in a {@code width x height} frame of {@code piece}. */
    Box square(String piece, int track, int tracks, int width, int height) {
        Box box = boxes.getOrDefault(piece, Map.of()).get(track);
        if (box == null) return PlayerCrop.region(width, height, tracks, track).centreSquare();
        if (!box.inside(width, height)) {
            throw new BadInputException(file + ": the box for " + piece + " track " + track + " lies outside the "
                    + width + "x" + height + " video; fix the crop file.");
        }
        return box.centreSquare();
    }
}
