package org.synesthesia.prepare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.PairManifest;
import org.synesthesia.pairs.PairStoreWriter;
import org.synesthesia.pairs.SkippedFile;
import org.synesthesia.pairs.Split;
import org.synesthesia.pairs.UnitSummary;
import org.synesthesia.progress.Progress;

/**
 * Decodes a dataset once into a pair store: {@code synesthesia data prepare FORMAT SRC OUT}.
 * Units (pieces, folders, videos) are prepared {@code threads} at a time and written in a fixed
 * order, so the store does not depend on timing. The store appears at {@code out} only when
 * complete; after a kill, running again with the same settings resumes from the last unit written.
 */
public final class Preparer {

    private Preparer() {}

    /** Prepares {@code src} (in {@code config.format()}'s layout) into a new pair store at {@code out}. */
    public static PrepareReport prepare(PrepareConfig config, Path src, Path out, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(src)) throw new BadInputException(src + ": source folder not found; check the path.");
        Path source = src.toAbsolutePath().normalize();
        // a dataset that ships its player boxes (as the synthesizer's do) is cropped by them
        Path shipped = source.resolve(CropBoxes.FILE);
        if (config.cropFile() == null && Files.isRegularFile(shipped)) config = config.withCropFile(shipped);
        CropBoxes crops = CropBoxes.read(config.cropFile());
        PairSource pairSource = switch (config.format()) {
            case "urmp" -> new UrmpSource(source, config, crops);
            case "sub-urmp" -> new SubUrmpSource(source, config);
            case "inis" -> new InisSource(source, config);
            case "folder" -> new FolderSource(source, config, crops);
            default -> throw new IllegalArgumentException("unknown format " + config.format());
        };
        List<PairSource.Unit> units = pairSource.units();
        // the thread count does not change the store, so a resumed run may use another
        String settings = Json.write(config.withThreads(1)) + "\n" + source;
        try (PairStoreWriter writer = PairStoreWriter.open(out, config.imageSize(), config.chunkSamples(), settings)) {
            double resumed = writer.completed().values().stream().mapToDouble(UnitSummary::seconds).sum();
            run(units, writer, source, config, progress);
            List<UnitSummary> done = units.stream().map(u -> writer.completed().get(u.key())).toList();
            List<SkippedFile> skipped = done.stream().flatMap(u -> u.skipped().stream()).toList();
            Map<String, Integer> unmatched = new TreeMap<>(pairSource.strays());
            done.forEach(u -> u.unmatched().forEach((k, v) -> unmatched.merge(k, v, Integer::sum)));
            double seconds = done.stream().mapToDouble(UnitSummary::seconds).sum();
            if (writer.count() == 0) {
                writer.discard();
                throw new BadInputException(src + ": no pairs could be made" + (skipped.isEmpty()
                        ? " (every chunk was silent or nothing matched); check the format and the files."
                        : "; " + skipped.size() + " file(s) were bad, the first: " + skipped.get(0).reason()));
            }
            PairManifest manifest = new PairManifest(PairManifest.FORMAT_VERSION, config.format(), source.toString(),
                    config.imageSize(), config.sampleRate(), config.chunkSeconds(), config.chunkSamples(), (int) writer.count(),
                    writer.count(Split.TRAIN), writer.count(Split.TEST), config.splitSeed(), config.testFraction(),
                    writer.instrumentCounts(), seconds, skipped, unmatched, config, PairManifest.CREATED_BY);
            Path store = writer.commit(manifest);
            return new PrepareReport(manifest.count(), manifest.trainCount(), manifest.testCount(), seconds,
                    (System.nanoTime() - t0) / 1e9, skipped, unmatched, store, resumed);
        }
    }

    /** A unit's result on its way to the writer. */
    private record Done(UnitSummary summary, List<Pair> pairs) {}

    private static void run(List<PairSource.Unit> units, PairStoreWriter writer, Path source, PrepareConfig config,
                            Progress progress) throws IOException {
        int total = units.size();
        int written = (int) units.stream().filter(u -> writer.isDone(u.key())).count();
        progress.update("prepare", written, total);
        Iterator<PairSource.Unit> todo = units.stream().filter(u -> !writer.isDone(u.key())).iterator();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "prepare");
            t.setDaemon(true);
            return t;
        });
        // one unit more than threads in flight keeps every thread busy while the oldest is written
        Deque<Future<Done>> window = new ArrayDeque<>();
        try {
            while (todo.hasNext() || !window.isEmpty()) {
                while (window.size() <= config.threads() && todo.hasNext()) {
                    PairSource.Unit u = todo.next();
                    window.add(pool.submit(() -> runUnit(u, source, config.skipBad())));
                }
                Done d = await(window.poll());
                writer.writeUnit(d.summary(), d.pairs());
                progress.update("prepare", ++written, total);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Done runUnit(PairSource.Unit unit, Path source, boolean skipBad) throws IOException {
        BadFiles bad = new BadFiles(source, skipBad);
        try {
            PairSource.Output out = unit.work().run(bad);
            return new Done(new UnitSummary(unit.key(), out.pairs().size(), out.seconds(), bad.skipped(), out.unmatched()), out.pairs());
        } catch (BadInputException e) {
            if (!skipBad) throw e;
            List<SkippedFile> skipped = new ArrayList<>(bad.skipped());
            skipped.add(new SkippedFile(unit.key(), e.getMessage()));
            return new Done(new UnitSummary(unit.key(), 0, 0, skipped, Map.of()), List.of());
        }
    }

    private static Done await(Future<Done> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IOException(c);
        }
    }
}
