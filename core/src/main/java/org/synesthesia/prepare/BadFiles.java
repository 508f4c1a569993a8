package org.synesthesia.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.SkippedFile;

/**
 * Where a source reports a file it cannot use: with {@code --skip-bad} the file is noted and work
 * goes on; without it the error stops the preparation. One per unit of work.
 */
final class BadFiles {

    private final Path root;
    private final boolean skip;
    private final List<SkippedFile> skipped = new ArrayList<>();

    BadFiles(Path root, boolean skip) {
        this.root = root;
        this.skip = skip;
    }

    /** Rethrows {@code e} unless bad files are skipped, in which case {@code file} is noted. */
    void bad(Path file, BadInputException e) {
        if (!skip) throw e;
        skipped.add(new SkippedFile(relative(file), e.getMessage()));
    }

    List<SkippedFile> skipped() { return List.copyOf(skipped); }

    /** {@code file} relative to the source folder, as stores record it. */
    String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
    }
}
