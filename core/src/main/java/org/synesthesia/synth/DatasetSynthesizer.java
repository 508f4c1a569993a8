package org.synesthesia.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.prepare.CropBoxes;
import org.synesthesia.progress.Progress;
import org.synesthesia.video.Box;

/**
 * Writes a dataset of synthesized performances in URMP's own layout, so that the same preparation
 * code reads it and real URMP. Each piece folder appears whole (built as {@code .partial}, then
 * renamed); a finished piece is skipped on a re-run, so a killed run resumes. {@code synth.json}
 * at the root holds the config from the start and the report once every piece is there.
 */
public final class DatasetSynthesizer {

    /** The manifest at the dataset root. */
    public static final String MANIFEST = "synth.json";

    /** {@code synth.json}: what made the dataset, and the report once it is complete. */
    public record Manifest(SynthConfig config, SynthReport report) {}

    private DatasetSynthesizer() {}

    /** Makes (or completes) the dataset of {@code config} in {@code out}. */
    public static SynthReport synthesize(SynthConfig config, Path out, Progress progress) throws IOException {
        long start = System.nanoTime();
        checkOutput(config, out);
        java.util.Map<Path, SoundfontRenderer> sounds = new java.util.LinkedHashMap<>();
        for (Path f : config.soundfonts()) sounds.putIfAbsent(f, SoundfontRenderer.load(f));
        List<SynthPlan.PlannedPiece> plan = SynthPlan.of(config);
        Files.createDirectories(out);
        Json.writeFile(out.resolve(MANIFEST), new Manifest(config, null));

        List<SynthPlan.PlannedPiece> todo = new ArrayList<>();
        double total = 0;
        for (SynthPlan.PlannedPiece p : plan) {
            total += p.score().seconds();
            if (!Files.isDirectory(p.piece().folder(out))) todo.add(p);
        }
        double todoSeconds = todo.stream().mapToDouble(p -> p.score().seconds()).sum();
        long totalMillis = Math.round(todoSeconds * 1000);
        AtomicLong doneMillis = new AtomicLong();
        progress.update("synth", 0, Math.round(todoSeconds));

        PieceWriter writer = new PieceWriter(piece -> sounds.get(config.soundfontOf(piece)), config.width(), config.height(), config.poses());
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "synth-piece");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SynthPlan.PlannedPiece p : todo) {
                futures.add(pool.submit(() -> {
                    Path folder = p.piece().folder(out);
                    AtomicFiles.writeFolder(folder, partial -> {
                        // A partial folder left by a killed run is redone from scratch.
                        AtomicFiles.deleteTree(partial);
                        Files.createDirectories(partial);
                        writer.write(p, partial);
                    });
                    long done = doneMillis.addAndGet(Math.round(p.score().seconds() * 1000));
                    progress.update("synth", Math.min(done, totalMillis) / 1000, Math.round(todoSeconds));
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + out, e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        // written last, so one that exists was made from these very pieces (the manifest pins the config)
        Path crops = out.resolve(CropBoxes.FILE);
        if (!todo.isEmpty() || !Files.isRegularFile(crops)) writeCrops(plan, writer, crops);
        double wall = (System.nanoTime() - start) / 1e9;
        SynthReport report = new SynthReport(plan.size(), todo.size(), SynthPlan.secondsPerInstrument(plan),
                total, todoSeconds, wall, todoSeconds / wall);
        Json.writeFile(out.resolve(MANIFEST), new Manifest(config, report));
        return report;
    }

    /** Every player's box, as {@code data prepare} reads a crop file: tight player crops, as Sub-URMP's are. */
    private static void writeCrops(List<SynthPlan.PlannedPiece> plan, PieceWriter writer, Path file) throws IOException {
        List<List<Box>> found = plan.parallelStream().map(p -> writer.renderer(p).playerBoxes()).toList();
        Map<String, List<Box>> boxes = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) boxes.put(plan.get(i).piece().folderName(), found.get(i));
        CropBoxes.write(file, boxes);
    }

    /** Refuses an output that is a file, or a dataset that another config made. */
    private static void checkOutput(SynthConfig config, Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + ": is a file, not a folder; choose a folder for the dataset");
        }
        Path manifest = out.resolve(MANIFEST);
        if (Files.isRegularFile(manifest)) {
            Manifest existing;
            try {
                existing = Json.readFile(manifest, Manifest.class);
            } catch (IOException e) {
                throw new BadInputException(manifest + ": unreadable (" + e.getMessage() + "); remove it or choose another folder", e);
            }
            if (existing.config() == null || !existing.config().sameOutput(config)) {
                throw new BadInputException(manifest + ": this folder holds a dataset made with another config; choose another folder or use the same options");
            }
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof BadInputException b) throw b;
        if (cause instanceof UncheckedIOException u) return u.getCause();
        if (cause instanceof IOException io) return io;
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        return new IOException(cause);
    }
}
