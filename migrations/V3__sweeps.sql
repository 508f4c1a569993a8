-- General sweeps (the Sweep workflow): a search over a space with a method, an objective and
-- early stopping, beside the encoder sweeps of V1. Trials of such sweeps are rows of `trial`
-- with kind 'sweep', one per (sweep, trial_index); early-stopped and cancelled trials get their
-- own statuses and say why in stop_reason.

ALTER TABLE sweep DROP CONSTRAINT sweep_kind_check;
ALTER TABLE sweep ADD CONSTRAINT sweep_kind_check CHECK (kind IN ('encoder', 'search'));
ALTER TABLE sweep ALTER COLUMN direction DROP NOT NULL;
ALTER TABLE sweep ADD COLUMN spec jsonb;           -- the full Sweep input (space, method, objective, ...)
ALTER TABLE sweep ADD COLUMN method text;          -- 'grid', 'random' or 'tpe'
ALTER TABLE sweep ADD COLUMN status text NOT NULL DEFAULT 'running'
    CHECK (status IN ('running', 'completed', 'stopped', 'cancelled', 'failed'));
ALTER TABLE sweep ADD COLUMN end_reason text;      -- why a search ended: trials done, target reached, stop, ...

ALTER TABLE trial DROP CONSTRAINT trial_kind_check;
ALTER TABLE trial ADD CONSTRAINT trial_kind_check CHECK (kind IN ('encoder', 'gan', 'evaluation', 'sweep'));
ALTER TABLE trial DROP CONSTRAINT trial_status_check;
ALTER TABLE trial ADD CONSTRAINT trial_status_check
    CHECK (status IN ('suggested', 'running', 'completed', 'failed', 'stopped', 'cancelled'));
-- V1's "running iff not finished" now also holds for a suggested trial that has not started.
ALTER TABLE trial DROP CONSTRAINT trial_check1;
ALTER TABLE trial ADD CONSTRAINT trial_finished_check
    CHECK ((status IN ('suggested', 'running')) = (finished_at IS NULL));
ALTER TABLE trial ADD COLUMN trial_index integer CHECK (trial_index >= 0);
ALTER TABLE trial ADD COLUMN params jsonb;         -- the suggested parameters (also inside config)
ALTER TABLE trial ADD COLUMN stop_reason text;     -- why an early-stopped or cancelled trial ended
ALTER TABLE trial ADD COLUMN budget integer;       -- the last budget (epochs) the trial reached
CREATE UNIQUE INDEX trial_sweep_index ON trial (sweep_id, trial_index) WHERE trial_index IS NOT NULL;

-- One row per trial of a search sweep, laid out like MLflow's runs table: the parameters and the
-- final metrics (each metric's value at its last step, unlabelled) as JSON objects.
CREATE VIEW sweep_runs AS
SELECT t.sweep_id,
       t.id            AS trial_id,
       t.trial_index,
       t.status,
       t.stop_reason,
       t.failure,
       t.budget,
       t.params,
       coalesce((SELECT jsonb_object_agg(last.name, last.value)
                   FROM (SELECT DISTINCT ON (m.name) m.name, m.value
                           FROM metric m
                          WHERE m.trial_id = t.id AND m.label = ''
                          ORDER BY m.name, m.step DESC) last), '{}'::jsonb) AS metrics,
       t.worker,
       t.started_at,
       t.finished_at,
       extract(epoch FROM t.finished_at - t.started_at) AS seconds
  FROM trial t
 WHERE t.kind = 'sweep';

-- Every reported metric of every search trial, by step: the learning curves ASHA judged.
CREATE VIEW sweep_metric_history AS
SELECT t.sweep_id, m.trial_id, t.trial_index, m.name, m.label, m.step, m.value
  FROM metric m
  JOIN trial t ON t.id = m.trial_id
 WHERE t.kind = 'sweep';
