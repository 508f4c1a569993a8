package org.synesthesia.activities.dataset;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.synesthesia.activities.Heartbeat;
import org.synesthesia.activities.metrics.DataMeters;
import org.synesthesia.activities.records.Checksums;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.StepLedger;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.io.BadInputException;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.dataset.DatasetActivities;
import org.synesthesia.workflows.dataset.DatasetRequest;
import org.synesthesia.workflows.dataset.DatasetResult;
import org.synesthesia.workflows.dataset.PrepareRequest;
import org.synesthesia.workflows.dataset.SourceResult;

/**
 * The data steps. Files go to {@code <runs>/<experiment>/source} and {@code .../pairs} (for a dataset
 * named other than the main one, {@code <name>-source} and {@code <name>-pairs}); each step
 * is recorded in the step ledger, so a finished step is returned, not redone, and core's own
 * resumption picks up a half-done one.
 */
public final class DatasetActivitiesImpl implements DatasetActivities {
    /** The name of the pair store's manifest, which the dataset row keeps. */
    public static final String MANIFEST = "manifest.json";

    private final Database db;
    private final StepLedger ledger;
    private final Path runs;
    private final String worker;
    private final DatasetSteps steps;
    private final Progress observer;
    private final Duration heartbeatEvery;
    private final DataMeters meters;

    public DatasetActivitiesImpl(Database db, Path runs, String worker, DatasetSteps steps, Progress observer, Duration heartbeatEvery,
                                 DataMeters meters) {
        this.db = db;
        this.ledger = new StepLedger(db);
        this.runs = runs;
        this.worker = worker;
        this.steps = steps;
        this.observer = observer;
        this.heartbeatEvery = heartbeatEvery;
        this.meters = meters;
    }

    @Override
    public SourceResult synthesizeSource(DatasetRequest request) {
        String part = DatasetRequest.part(request.name(), "source");
        Path out = runs.resolve(request.experimentId()).resolve(part);
        return once(request.experimentId(), part, SourceResult.class, progress -> {
            steps.synthesize(request.spec(), out, progress);
            return new SourceResult(out.toString(), true);
        });
    }

    @Override
    public SourceResult locateSource(DatasetRequest request) {
        Path source = Path.of(request.spec().source());
        if (!Files.isDirectory(source))
            throw badInput(new BadInputException("source folder " + source + " does not exist; give an existing "
                    + request.spec().format() + " folder, or leave \"source\" out to synthesize one"));
        return new SourceResult(source.toAbsolutePath().toString(), false);
    }

    @Override
    public DatasetResult preparePairs(PrepareRequest request) {
        String part = DatasetRequest.part(request.name(), "pairs");
        Path out = runs.resolve(request.experimentId()).resolve(part);
        return once(request.experimentId(), part, DatasetResult.class, progress -> {
            DatasetSteps.PreparedPairs p = steps.prepare(request.spec(), Path.of(request.source().path()), out, progress);
            meters.prepared(p.secondsOfPerformance(), p.pairs(), p.skippedFiles(), Duration.ofMillis((long) (p.wallSeconds() * 1000)));
            return new DatasetResult(request.experimentId() + "/" + request.name(), out.toString(), request.source().path(),
                    request.source().synthesized(), p.pairs(), p.train(), p.test());
        });
    }

    @Override
    public DatasetResult recordDataset(DatasetResult d) {
        int slash = d.datasetId().lastIndexOf('/');
        String experimentId = d.datasetId().substring(0, slash);
        return once(experimentId, d.datasetId().substring(slash + 1), DatasetResult.class, progress -> {
            Path pairs = Path.of(d.pairsPath());
            Path manifest = pairs.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest))
                throw new BadInputException("pair store " + pairs + " has no " + MANIFEST + "; prepare it again");
            String manifestJson = Files.readString(manifest);
            Checksums.Sum sum = Checksums.of(pairs);
            db.inTransaction(c -> {
                Statements.update(c, """
                        INSERT INTO dataset (id, experiment_id, source, synthesized, pairs_path, pairs, train_pairs, test_pairs, manifest)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING""",
                        d.datasetId(), experimentId, d.source(), d.synthesized(), d.pairsPath(), d.pairs(), d.train(), d.test(), manifestJson);
                return Statements.update(c, """
                        INSERT INTO artifact (experiment_id, path, kind, sha256, bytes) VALUES (?, ?, 'pairs', ?, ?)
                        ON CONFLICT (experiment_id, path) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes""",
                        experimentId, d.pairsPath(), sum.sha256(), sum.bytes());
            });
            return d;
        });
    }

    /** One step's work. */
    @FunctionalInterface
    private interface Work<T> { T run(Progress progress) throws Exception; }

    private <T> T once(String experimentId, String step, Class<T> type, Work<T> work) {
        Optional<T> recorded = ledger.find(experimentId, step, type);
        if (recorded.isPresent()) return recorded.get();
        Instant started = Instant.now();
        ActivityExecutionContext context = Activity.getExecutionContext();
        AtomicReference<String> stage = new AtomicReference<>(step);
        try (Heartbeat beat = Heartbeat.every(context, heartbeatEvery, stage::get)) {
            T result = work.run((s, done, total) -> {
                observer.update(s, done, total);
                stage.set(s + " " + done + "/" + total);
                beat.beat(); // throws once the server has given up on this attempt, so core stops
            });
            ledger.record(experimentId, step, result, worker, started);
            return result;
        } catch (BadInputException e) {
            throw badInput(e);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    private static ApplicationFailure badInput(BadInputException e) {
        return ApplicationFailure.newNonRetryableFailureWithCause(e.getMessage(), StepOptions.BAD_INPUT, e);
    }
}
