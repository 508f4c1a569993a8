package org.synesthesia.pairs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;

/**
 * Appends pairs to a pair store, one unit (piece, folder, video) at a time, into {@code OUT.partial/},
 * and renames it to {@code OUT} on {@link #commit}. After each unit the data files are forced to disk
 * and {@code progress.json} records the unit; a run killed at any point resumes from the last
 * recorded unit, dropping whatever a half-written unit had appended. Not thread-safe: one writer
 * thread, units in a fixed order.
 */
public final class PairStoreWriter implements AutoCloseable {

    /** {@code progress.json}: the settings the partial store was made with, and the units done. */
    record StoreProgress(String settings, long count, long csvBytes, List<UnitSummary> units) {}

    private final Path target;
    private final Path partial;
    private final int imageSize;
    private final int chunkSamples;
    private final String settings;
    private final FileChannel images;
    private final FileChannel audio;
    private final FileChannel labels;
    private final FileChannel csv;
    private final Map<String, UnitSummary> units = new LinkedHashMap<>();
    private final int[] perInstrument = new int[Instrument.count()];
    private final int[] perSplit = new int[Split.values().length];
    private long count;

    private PairStoreWriter(Path target, int imageSize, int chunkSamples, String settings) throws IOException {
        this.target = target.toAbsolutePath();
        this.partial = AtomicFiles.partialOf(target);
        this.imageSize = imageSize;
        this.chunkSamples = chunkSamples;
        this.settings = settings;
        StoreProgress done = readProgress();
        if (done == null || !done.settings().equals(settings)) {
            AtomicFiles.deleteTree(partial);
            done = new StoreProgress(settings, 0, 0, List.of());
        }
        Files.createDirectories(partial);
        images = open(StoreFiles.IMAGES, done.count() * StoreFiles.imageBytes(imageSize));
        audio = open(StoreFiles.AUDIO, done.count() * chunkSamples * 2L);
        labels = open(StoreFiles.LABELS, done.count() * StoreFiles.LABEL_BYTES);
        csv = open(StoreFiles.PAIRS, done.csvBytes());
        if (done.csvBytes() == 0) csv.write(StandardCharsets.UTF_8.encode(StoreFiles.CSV_HEADER + "\n"));
        count = done.count();
        for (UnitSummary u : done.units()) units.put(u.key(), u);
        recount();
    }

    /**
     * Opens a writer for {@code target}, resuming from {@code target.partial} when that was made
     * with the same {@code settings} (any text that identifies the config and source), otherwise
     * starting afresh.
     */
    public static PairStoreWriter open(Path target, int imageSize, int chunkSamples, String settings) throws IOException {
        if (Files.exists(target)) {
            throw new BadInputException(target + ": already exists; remove it or choose another output folder.");
        }
        return new PairStoreWriter(target, imageSize, chunkSamples, settings);
    }

    /** The partial folder this writer fills. */
    public Path partialFolder() { return partial; }

    /** Units completed so far, including those a resumed run found done. */
    public Map<String, UnitSummary> completed() { return Map.copyOf(units); }

    public boolean isDone(String unitKey) { return units.containsKey(unitKey); }

    /** Pairs written so far. */
    public long count() { return count; }

    public int count(Split split) { return perSplit[split.ordinal()]; }

    /** Pairs per instrument, by URMP code, in instrument order. */
    public Map<String, Integer> instrumentCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Instrument i : Instrument.values()) if (perInstrument[i.index()] > 0) m.put(i.code(), perInstrument[i.index()]);
        return m;
    }

    /** Appends one unit's pairs and records the unit as done. */
    public void writeUnit(UnitSummary summary, List<Pair> pairs) throws IOException {
        if (units.containsKey(summary.key())) throw new IllegalStateException("unit already written: " + summary.key());
        if (summary.pairs() != pairs.size()) throw new IllegalArgumentException("summary counts " + summary.pairs() + " pairs, got " + pairs.size());
        int imageBytes = (int) StoreFiles.imageBytes(imageSize);
        ByteBuffer audioBuf = ByteBuffer.allocate(chunkSamples * 2).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer labelBuf = ByteBuffer.allocate(StoreFiles.LABEL_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder rows = new StringBuilder();
        long index = count;
        for (Pair p : pairs) {
            if (p.image().length != imageBytes) throw new IllegalArgumentException("image must be " + imageBytes + " bytes, got " + p.image().length);
            if (p.audio().length != chunkSamples) throw new IllegalArgumentException("chunk must be " + chunkSamples + " samples, got " + p.audio().length);
            writeFully(images, ByteBuffer.wrap(p.image()));
            audioBuf.clear();
            for (short s : p.audio()) audioBuf.putShort(s);
            writeFully(audio, audioBuf.flip());
            labelBuf.clear();
            labelBuf.put((byte) p.instrument().index()).put(p.split().code()).put((byte) (p.onset() ? 1 : 0))
                    .put((byte) (p.pose() != null ? 1 : 0));
            float[] pose = p.pose() != null ? p.pose().toArray() : new float[] {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
            for (float v : pose) labelBuf.putFloat(v);
            labelBuf.putFloat(p.pitchHz());
            writeFully(labels, labelBuf.flip());
            rows.append(index++).append(',').append(StoreCsv.quote(p.piece())).append(',').append(p.track()).append(',')
                    .append(StoreCsv.quote(p.source())).append(',')
                    .append(Double.isNaN(p.timeSeconds()) ? "" : String.format(Locale.ROOT, "%.4f", p.timeSeconds()))
                    .append(',').append(p.instrument().code()).append(',').append(p.split().name().toLowerCase(Locale.ROOT)).append('\n');
            perInstrument[p.instrument().index()]++;
            perSplit[p.split().ordinal()]++;
        }
        writeFully(csv, StandardCharsets.UTF_8.encode(rows.toString()));
        for (FileChannel c : List.of(images, audio, labels, csv)) c.force(false);
        count = index;
        units.put(summary.key(), summary);
        Json.writeFile(partial.resolve(StoreFiles.PROGRESS), new StoreProgress(settings, count, csv.size(), new ArrayList<>(units.values())));
    }

    /**
     * Writes the manifest, closes the files and renames the partial folder to the target. The
     * manifest's counts must match what was written.
     */
    public Path commit(PairManifest manifest) throws IOException {
        if (manifest.count() != count) throw new IllegalArgumentException("manifest counts " + manifest.count() + " pairs, store has " + count);
        close();
        Json.writeFile(partial.resolve(StoreFiles.MANIFEST), manifest);
        Files.delete(partial.resolve(StoreFiles.PROGRESS));
        AtomicFiles.move(partial, target);
        return target;
    }

    /** Deletes the partial folder: nothing is left behind. */
    public void discard() throws IOException {
        close();
        AtomicFiles.deleteTree(partial);
    }

    @Override
    public void close() throws IOException {
        for (FileChannel c : new FileChannel[] {images, audio, labels, csv}) if (c.isOpen()) c.close();
    }

    private StoreProgress readProgress() throws IOException {
        Path file = partial.resolve(StoreFiles.PROGRESS);
        if (!Files.isRegularFile(file)) return null;
        try {
            return Json.readFile(file, StoreProgress.class);
        } catch (IOException e) {
            return null; // a progress file cut by a kill: start afresh
        }
    }

    private FileChannel open(String name, long keepBytes) throws IOException {
        FileChannel c = FileChannel.open(partial.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (c.size() < keepBytes) {
            c.close();
            throw new IOException(partial.resolve(name) + ": shorter than its progress file says; delete " + partial + " and run again.");
        }
        c.truncate(keepBytes);
        c.position(keepBytes);
        return c;
    }

    /** Restores the per-instrument and per-split counters from the labels already on disk. */
    private void recount() throws IOException {
        ByteBuffer block = ByteBuffer.allocate(StoreFiles.LABEL_BYTES * 4096);
        long end = count * StoreFiles.LABEL_BYTES;
        try (FileChannel c = FileChannel.open(partial.resolve(StoreFiles.LABELS), StandardOpenOption.READ)) {
            for (long pos = 0; pos < end; pos += block.capacity()) {
                block.clear().limit((int) Math.min(block.capacity(), end - pos));
                while (block.hasRemaining()) if (c.read(block, pos + block.position()) < 0) throw new IOException(c + ": labels cut short");
                for (int k = 0; k < block.limit(); k += StoreFiles.LABEL_BYTES) {
                    perInstrument[block.get(k)]++;
                    perSplit[block.get(k + 1)]++;
                }
            }
        }
    }

    private static void writeFully(FileChannel c, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) c.write(b);
    }
}
