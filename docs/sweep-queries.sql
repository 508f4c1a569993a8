-- Questions about search sweeps (the Sweep workflow), as plain SQL for psql. Each query starts at
-- a "-- name:" line; activities/src/test/.../sweep/SweepWorkflowTest runs every one of them on the
-- records of real sweeps. Set the sweep first, e.g.  \set sweep 'enc/sweep-search'

-- name: sweep-runs
-- The MLflow-style runs table of one sweep: one row per trial, its params and final metrics.
SELECT trial_index, status, params, metrics, stop_reason, budget
FROM sweep_runs
WHERE sweep_id = :'sweep'
ORDER BY trial_index;

-- name: best-trial-per-encoding
-- The best completed trial of each encoding, by the sweep's own objective and goal.
SELECT DISTINCT ON (r.params ->> 'encoding')
       r.params ->> 'encoding' AS encoding, r.trial_id, (r.metrics ->> s.criterion)::float8 AS value
FROM sweep_runs r
JOIN sweep s ON s.id = r.sweep_id
WHERE r.sweep_id = :'sweep' AND r.status = 'completed' AND r.metrics ->> s.criterion IS NOT NULL
ORDER BY r.params ->> 'encoding',
         CASE WHEN s.goal = 'max' THEN -(r.metrics ->> s.criterion)::float8 ELSE (r.metrics ->> s.criterion)::float8 END,
         r.trial_index;

-- name: parameter-effect
-- A numeric parameter's effect on the objective: completed trials in quartiles of the parameter
-- (here the learning rate), with each quartile's range and mean objective.
SELECT ntile AS quartile, count(*) AS trials, min(x) AS from_value, max(x) AS to_value, avg(y) AS mean_objective
FROM (SELECT (r.params ->> 'lr')::float8 AS x, (r.metrics ->> s.criterion)::float8 AS y,
             ntile(4) OVER (ORDER BY (r.params ->> 'lr')::float8) AS ntile
      FROM sweep_runs r JOIN sweep s ON s.id = r.sweep_id
      WHERE r.sweep_id = :'sweep' AND r.status = 'completed' AND r.params ->> 'lr' IS NOT NULL) q
GROUP BY ntile
ORDER BY ntile;

-- name: stopped-early
-- The trials stopped early, at which budget, and why (the rule's own sentence).
SELECT trial_index, budget, stop_reason
FROM sweep_runs
WHERE sweep_id = :'sweep' AND status = 'stopped'
ORDER BY trial_index;

-- name: learning-curves
-- Every trial's objective by budget (the values the early-stopping rule compared).
SELECT h.trial_index, h.step AS budget, h.value
FROM sweep_metric_history h
JOIN sweep s ON s.id = h.sweep_id
WHERE h.sweep_id = :'sweep' AND h.name = s.criterion AND h.label = ''
ORDER BY h.trial_index, h.step;
