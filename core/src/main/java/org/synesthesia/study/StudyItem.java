package org.synesthesia.study;

import java.nio.file.Path;
import java.util.Locale;
import org.synesthesia.instrument.Instrument;

/**
 * One file a study can show: an image or a sound, the instrument it is truly of, the condition it
 * stands for (e.g. {@code real}, {@code s2i}), the moment it belongs to ({@code group}: items of one
 * group go together, null when unknown) and what the judging classifier said of it (null when none).
 */
public record StudyItem(Path file, Instrument instrument, String condition, String group, Instrument judge) {

    public StudyItem {
        if (file == null || instrument == null || condition == null || condition.isBlank())
            throw new IllegalArgumentException("a study item needs a file, an instrument and a condition");
        if (!isImageFile(file) && !isSoundFile(file))
            throw new IllegalArgumentException(file + " is neither a PNG image nor a WAV sound");
    }

    public boolean isImage() { return isImageFile(file); }

    /** The item with the judge's prediction filled in. */
    public StudyItem withJudge(Instrument judge) { return new StudyItem(file, instrument, condition, group, judge); }

    static boolean isImageFile(Path p) { return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"); }

    static boolean isSoundFile(Path p) { return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav"); }
}
