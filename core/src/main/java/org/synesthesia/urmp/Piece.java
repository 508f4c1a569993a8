package org.synesthesia.urmp;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synesthesia.instrument.Instrument;

/**
 * One URMP piece folder, {@code NN_Title_codes/} (e.g. {@code 01_Jupiter_vn_vc}), and the names
 * URMP gives its files. Track numbers are 1-based and go left to right in the video.
 *
 * @param number      the piece number, written with two digits
 * @param title       the title, without underscores
 * @param instruments the instruments in track order
 */
public record Piece(int number, String title, List<Instrument> instruments) {

    private static final Pattern FOLDER = Pattern.compile("(\\d+)_([^_]+)_((?:[a-z]+_?)+)");

    public Piece {
        if (number < 0) throw new IllegalArgumentException("piece number must be >= 0: " + number);
        if (title.isEmpty() || title.contains("_") || title.contains("/")) {
            throw new IllegalArgumentException("piece title must be non-empty, without '_' or '/': " + title);
        }
        instruments = List.copyOf(instruments);
        if (instruments.isEmpty()) throw new IllegalArgumentException("a piece has at least one track");
    }

    /** Parses a folder name such as {@code 01_Jupiter_vn_vc}; empty if it is not one. */
    public static java.util.Optional<Piece> parseFolder(String name) {
        Matcher m = FOLDER.matcher(name);
        if (!m.matches()) return java.util.Optional.empty();
        String[] codes = m.group(3).split("_");
        List<Instrument> list = new java.util.ArrayList<>();
        for (String c : codes) {
            var i = Instrument.ofCode(c);
            if (i.isEmpty()) return java.util.Optional.empty();
            list.add(i.get());
        }
        return java.util.Optional.of(new Piece(Integer.parseInt(m.group(1)), m.group(2), list));
    }

    public int tracks() { return instruments.size(); }

    public Instrument instrument(int track) { return instruments.get(track - 1); }

    private String nn() { return String.format(Locale.ROOT, "%02d", number); }

    private String codes() {
        return String.join("_", instruments.stream().map(Instrument::code).toList());
    }

    /** {@code NN_Title_codes}. */
    public String folderName() { return nn() + "_" + title + "_" + codes(); }

    public Path folder(Path root) { return root.resolve(folderName()); }

    /** {@code Vid_NN_Title_codes.mp4}: the video, with the mixed sound. */
    public String videoName() { return "Vid_" + folderName() + ".mp4"; }

    /** {@code AuMix_NN_Title_codes.wav}. */
    public String mixName() { return "AuMix_" + folderName() + ".wav"; }

    /** {@code AuSep_i_code_NN_Title.wav}: track i's separated sound. */
    public String separatedName(int track) { return "AuSep_" + trackStem(track) + ".wav"; }

    /** {@code Notes_i_code_NN_Title.txt}. */
    public String notesName(int track) { return "Notes_" + trackStem(track) + ".txt"; }

    /** {@code F0s_i_code_NN_Title.txt}. */
    public String f0Name(int track) { return "F0s_" + trackStem(track) + ".txt"; }

    /** {@code Pose_i_code_NN_Title.csv}: our addition, the pose drawn in each video frame. */
    public String poseName(int track) { return "Pose_" + trackStem(track) + ".csv"; }

    private String trackStem(int track) {
        return track + "_" + instrument(track).code() + "_" + nn() + "_" + title;
    }
}
