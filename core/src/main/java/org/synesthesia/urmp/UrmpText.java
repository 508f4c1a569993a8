package org.synesthesia.urmp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.synesthesia.instrument.Pose;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;

/**
 * Reads and writes URMP's annotation files. {@code Notes}: onset s, pitch Hz, duration s, one note
 * a line, tab separated (real files also use runs of spaces). {@code F0s}: time s, f0 Hz (0 when
 * unvoiced). {@code Pose} (ours): a header {@code frame,time,bow,hand,fingers,raised} and one row
 * per video frame.
 */
public final class UrmpText {

    /** One row of an F0s file. */
    public record F0(double time, double hz) {}

    /** One row of a Pose file. */
    public record PoseFrame(int frame, double time, Pose pose) {}

    public static final String POSE_HEADER = "frame,time," + String.join(",", Pose.NAMES);

    private UrmpText() {}

    public static List<Note> readNotes(Path file) throws IOException {
        List<Note> notes = new ArrayList<>();
        for (double[] row : readColumns(file, 3)) notes.add(new Note(row[0], row[1], row[2]));
        return notes;
    }

    public static void writeNotes(Path file, List<Note> notes) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Note n : notes) sb.append(String.format(Locale.ROOT, "%.6f\t%.4f\t%.6f%n", n.onset(), n.pitchHz(), n.duration()));
        AtomicFiles.writeString(file, sb.toString());
    }

    public static List<F0> readF0s(Path file) throws IOException {
        List<F0> f0s = new ArrayList<>();
        for (double[] row : readColumns(file, 2)) f0s.add(new F0(row[0], row[1]));
        return f0s;
    }

    public static void writeF0s(Path file, List<F0> f0s) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (F0 f : f0s) sb.append(String.format(Locale.ROOT, "%.6f\t%.4f%n", f.time(), f.hz()));
        AtomicFiles.writeString(file, sb.toString());
    }

    public static List<PoseFrame> readPoses(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equals(POSE_HEADER)) {
            throw new BadInputException(file + ": not a pose file (expected header '" + POSE_HEADER + "')");
        }
        List<PoseFrame> rows = new ArrayList<>();
        for (int ln = 1; ln < lines.size(); ln++) {
            String line = lines.get(ln).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split(",");
            try {
                if (f.length != 2 + Pose.SIZE) throw new NumberFormatException("expected " + (2 + Pose.SIZE) + " columns");
                float[] p = new float[Pose.SIZE];
                for (int k = 0; k < Pose.SIZE; k++) p[k] = Float.parseFloat(f[2 + k]);
                rows.add(new PoseFrame(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Pose.of(p)));
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + (ln + 1) + ": bad pose row (" + e.getMessage() + ")");
            }
        }
        return rows;
    }

    public static void writePoses(Path file, List<PoseFrame> rows) throws IOException {
        StringBuilder sb = new StringBuilder(POSE_HEADER).append('\n');
        for (PoseFrame r : rows) {
            Pose p = r.pose();
            sb.append(String.format(Locale.ROOT, "%d,%.6f,%.5f,%.5f,%.5f,%.5f%n", r.frame(), r.time(), p.bow(), p.hand(), p.fingers(), p.raised()));
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    /** Whitespace-separated numeric rows with at least {@code columns} columns; blank lines skipped. */
    private static List<double[]> readColumns(Path file, int columns) throws IOException {
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": not found");
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int ln = 0; ln < lines.size(); ln++) {
            String line = lines.get(ln).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s+");
            if (f.length < columns) throw new BadInputException(file + ":" + (ln + 1) + ": expected " + columns + " numbers, found " + f.length);
            double[] row = new double[columns];
            try {
                for (int k = 0; k < columns; k++) row[k] = Double.parseDouble(f[k]);
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + (ln + 1) + ": not a number (" + e.getMessage() + ")");
            }
            rows.add(row);
        }
        return rows;
    }
}
