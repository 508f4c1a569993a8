package org.synesthesia.prepare;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.synesthesia.pairs.Pair;

/**
 * A dataset layout that {@code prepare} reads. It splits the work into units (a URMP piece, a
 * Sub-URMP instrument folder, a video), in a fixed order; units run in parallel, are written in
 * that order, and are what a resumed run skips when they are done.
 */
interface PairSource {

    /** The names of the visible folders in {@code dir} (a layout's per-instrument folders); none if it is absent. */
    static List<String> subfolders(java.nio.file.Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) return List.of();
        try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(dir)) {
            return list.filter(java.nio.file.Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    /** The units of work, in the order their pairs are stored. */
    List<Unit> units() throws IOException;

    /** Files in the source that belong to no unit, by kind; reported, not fatal. */
    default Map<String, Integer> strays() { return Map.of(); }

    /** One unit of work: a unique key and the work that makes its pairs. */
    record Unit(String key, Work work) {}

    /** Makes one unit's pairs; reports unusable files to {@code bad}. */
    @FunctionalInterface
    interface Work { Output run(BadFiles bad) throws IOException; }

    /**
     * What a unit made.
     *
     * @param pairs     its pairs, in store order
     * @param seconds   seconds of performance it read
     * @param unmatched files without a partner, by kind
     */
    record Output(List<Pair> pairs, double seconds, Map<String, Integer> unmatched) {
        static Output empty() { return new Output(List.of(), 0, Map.of()); }
    }
}
