package org.synesthesia.activities.sweep;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.io.Json;
import org.synesthesia.sweep.Observation;
import org.synesthesia.sweep.SweepSpec;
import org.synesthesia.sweep.Verdict;
import org.synesthesia.workflows.sweep.RungDecision;
import org.synesthesia.workflows.sweep.RungReport;
import org.synesthesia.workflows.sweep.Suggestion;
import org.synesthesia.workflows.sweep.SweepActivities;
import org.synesthesia.workflows.sweep.SweepEnd;
import org.synesthesia.workflows.sweep.SweepInput;
import org.synesthesia.workflows.sweep.SweepPlan;
import org.synesthesia.workflows.sweep.SweepStanding;
import org.synesthesia.workflows.sweep.TrialEnd;

/**
 * The search state lives in PostgreSQL: the spec in {@code sweep.spec}, each suggestion as a
 * trial row keyed by (sweep, index), each rung's value as a metric row. Suggestions and verdicts
 * are computed from those rows, so a retried or continued-as-new workflow sees the same search.
 */
public final class SweepActivitiesImpl implements SweepActivities {
    private final Database db;
    private final String worker;

    public SweepActivitiesImpl(Database db, String worker) {
        this.db = db;
        this.worker = worker;
    }

    @Override
    public SweepPlan openSearch(String experimentId, SweepInput in) {
        SweepSpec spec = SearchSpecs.of(in);
        String sweepId = experimentId + "/sweep-" + in.name();
        int limit = spec.trialLimit();
        db.inTransaction(c -> Statements.update(c, """
                INSERT INTO sweep (id, experiment_id, kind, criterion, goal, parallelism, spec, method)
                VALUES (?, ?, 'search', ?, ?, ?, ?::jsonb, ?) ON CONFLICT (id) DO NOTHING""",
                sweepId, experimentId, spec.objective().metric(), spec.objective().goal(), in.parallelism(),
                Json.write(in), spec.method()));
        return new SweepPlan(sweepId, experimentId, spec.stopping().budgets(), limit);
    }

    @Override
    public Suggestion suggest(String sweepId, int index) {
        return db.inTransaction(c -> {
            Suggestion recorded = recorded(c, sweepId, index);
            if (recorded != null) return recorded;
            SweepInput in = input(c, sweepId);
            SweepSpec spec = SearchSpecs.of(in);
            if (index >= spec.trialLimit()) return null;
            Map<String, Object> point = spec.sampler().suggest(index, observations(c, sweepId, spec));
            if (point == null) return null;
            Map<String, Object> params = new LinkedHashMap<>(in.fixed());
            params.putAll(point);
            String trialId = String.format(Locale.ROOT, "%s/trial-%03d", sweepId, index);
            Statements.update(c, """
                    INSERT INTO trial (id, experiment_id, sweep_id, kind, config, status, worker, trial_index, params)
                    SELECT ?, experiment_id, id, 'sweep', ?::jsonb, 'suggested', ?, ?, ?::jsonb FROM sweep WHERE id = ?
                    ON CONFLICT DO NOTHING""",
                    trialId, Json.write(params), worker, index, Json.write(params), sweepId);
            return recorded(c, sweepId, index);
        });
    }

    @Override
    public RungDecision judge(RungReport r) {
        return db.inTransaction(c -> {
            Object status = Statements.value(c, "SELECT status FROM trial WHERE id = ?", r.trialId());
            if ("stopped".equals(status))
                return new RungDecision(true, (String) Statements.value(c, "SELECT stop_reason FROM trial WHERE id = ?", r.trialId()));
            SweepSpec spec = SearchSpecs.of(input(c, r.sweepId()));
            List<Double> others = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT m.value FROM metric m JOIN trial t ON t.id = m.trial_id
                     WHERE t.sweep_id = ? AND t.id <> ? AND m.name = ? AND m.label = '' AND m.step = ?""")) {
                s.setString(1, r.sweepId());
                s.setString(2, r.trialId());
                s.setString(3, spec.objective().metric());
                s.setLong(4, r.budget());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) others.add(rs.getDouble(1));
                }
            }
            Verdict v = spec.stopping().judge(r.budget(), r.value(), others, spec.objective());
            if (v.stop()) Statements.update(c, """
                    UPDATE trial SET status = 'stopped', stop_reason = ?, budget = ?, finished_at = now()
                     WHERE id = ? AND status IN ('suggested', 'running')""", v.reason(), r.budget(), r.trialId());
            else Statements.update(c, "UPDATE trial SET budget = greatest(coalesce(budget, 0), ?) WHERE id = ?", r.budget(), r.trialId());
            return new RungDecision(v.stop(), v.reason());
        });
    }

    @Override
    public void endTrial(TrialEnd e) {
        boolean failed = "failed".equals(e.status());
        db.inTransaction(c -> Statements.update(c, """
                UPDATE trial SET status = ?, failure = ?, stop_reason = ?, budget = greatest(coalesce(budget, 0), ?),
                       finished_at = now()
                 WHERE id = ? AND status IN ('suggested', 'running')""",
                e.status(), failed ? e.reason() : null, failed ? null : e.reason(), e.budget(), e.trialId()));
    }

    @Override
    public SweepStanding standing(String sweepId) {
        return db.inTransaction(c -> standing(c, sweepId));
    }

    @Override
    public void endSearch(SweepEnd e) {
        db.inTransaction(c -> {
            SweepStanding s = standing(c, e.sweepId());
            return Statements.update(c, """
                    UPDATE sweep SET status = ?, end_reason = ?, best_trial_id = ?, finished_at = coalesce(finished_at, now())
                     WHERE id = ?""", e.status(), e.reason(), s.bestTrialId(), e.sweepId());
        });
    }

    private SweepStanding standing(Connection c, String sweepId) throws SQLException {
        SweepSpec spec = SearchSpecs.of(input(c, sweepId));
        Map<String, Integer> counts = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT status, count(*) FROM trial WHERE sweep_id = ? GROUP BY status")) {
            s.setString(1, sweepId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        String best = null;
        Double bestValue = null;
        for (Observation o : observations(c, sweepId, spec)) {
            if (bestValue == null || spec.objective().better(o.value(), bestValue)) {
                bestValue = o.value();
                best = String.format(Locale.ROOT, "%s/trial-%03d", sweepId, o.index());
            }
        }
        return new SweepStanding(counts, best, bestValue, bestValue != null && spec.objective().reached(bestValue));
    }

    /** Completed trials with their objective at the full budget, in index order: what TPE learns from. */
    private static List<Observation> observations(Connection c, String sweepId, SweepSpec spec) throws SQLException {
        List<Observation> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT t.trial_index, t.params::text, m.value FROM trial t
                  JOIN metric m ON m.trial_id = t.id AND m.name = ? AND m.label = '' AND m.step = ?
                 WHERE t.sweep_id = ? AND t.status = 'completed' ORDER BY t.trial_index""")) {
            s.setString(1, spec.objective().metric());
            s.setLong(2, spec.budget());
            s.setString(3, sweepId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new Observation(rs.getInt(1), params(rs.getString(2)), rs.getDouble(3)));
            }
        }
        return out;
    }

    private static Suggestion recorded(Connection c, String sweepId, int index) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, params::text FROM trial WHERE sweep_id = ? AND trial_index = ?")) {
            s.setString(1, sweepId);
            s.setInt(2, index);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Suggestion(rs.getString(1), index, params(rs.getString(2))) : null;
            }
        }
    }

    static SweepInput input(Connection c, String sweepId) throws SQLException {
        Object spec = Statements.value(c, "SELECT spec::text FROM sweep WHERE id = ?", sweepId);
        if (spec == null) throw new IllegalStateException("sweep " + sweepId + " is not recorded; start it with the Sweep workflow");
        return Json.read((String) spec, SweepInput.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> params(String json) { return Json.read(json, LinkedHashMap.class); }
}
