-- Questions researchers ask of the experiment records, as plain SQL for psql.
-- Each query starts at a "-- name:" line; activities/src/test/.../QueriesTest runs every one of them
-- against a real PostgreSQL. Queries with a parameter take it as a psql variable, e.g.
--   \set trial 'demo/gan-s2i'
-- In local mode: psql -h localhost -p 54329 -U postgres postgres   (password: postgres)

-- name: pairs-per-instrument
-- How many pairs each dataset holds per instrument, from its pair store's manifest.
SELECT d.id AS dataset, i.key AS instrument, i.value::int AS pairs
FROM dataset d, jsonb_each_text(d.manifest -> 'instrumentCounts') AS i
ORDER BY d.id, i.key;

-- name: best-encoding-per-direction
-- The best encoder of each direction, by its final test accuracy over all completed encoder trials.
WITH final AS (
    SELECT DISTINCT ON (trial_id) trial_id, value
    FROM metric
    WHERE name = 'test_accuracy' AND label = ''
    ORDER BY trial_id, step DESC
)
SELECT DISTINCT ON (t.direction)
       t.direction, t.config ->> 'encoding' AS encoding, t.id AS trial, f.value AS test_accuracy
FROM trial t
JOIN final f ON f.trial_id = t.id
WHERE t.kind = 'encoder' AND t.status = 'completed'
ORDER BY t.direction, f.value DESC, t.id;

-- name: accuracy-by-instrument
-- How often the judge classifier recognised the intended instrument in generated samples, per evaluation.
SELECT t.id AS evaluation, t.direction, p.truth AS instrument,
       count(*) AS samples,
       round(avg((p.predicted = p.truth)::int), 4) AS accuracy
FROM prediction p
JOIN trial t ON t.id = p.trial_id
WHERE t.kind = 'evaluation'
GROUP BY t.id, t.direction, p.truth
ORDER BY t.id, p.truth;

-- name: learning-curves
-- Every metric of one trial, step by step (set the trial first: \set trial 'demo/gan-s2i').
SELECT name, step, value
FROM metric
WHERE trial_id = :'trial' AND label = ''
ORDER BY name, step;

-- name: failed-trials
-- Trials that failed, and why, newest first.
SELECT t.experiment_id, t.id AS trial, t.kind, t.direction, t.attempts, t.worker, t.failure, t.finished_at
FROM trial t
WHERE t.status = 'failed'
ORDER BY t.finished_at DESC, t.id;

-- name: failed-experiments
-- Experiments that failed, with the first reason.
SELECT id, name, failure, created_at, finished_at
FROM experiment
WHERE status = 'failed'
ORDER BY finished_at DESC, id;

-- name: human-classifier-agreement
-- Per human evaluation: how often people and the judge classifier chose the same instrument for a
-- sample, and how often each chose the intended one. Answers from the rating app carry the judge's
-- code and the truth themselves (their sample is a question id); others are matched to predictions.
SELECT h.id AS evaluation,
       count(*) AS ratings,
       count(DISTINCT r.rater) AS raters,
       round(avg((r.answer = coalesce(r.judge, p.predicted))::int), 4) AS agreement,
       round(avg((r.answer = coalesce(r.truth, p.truth))::int), 4) AS human_accuracy,
       round(avg((coalesce(r.judge, p.predicted) = coalesce(r.truth, p.truth))::int), 4) AS classifier_accuracy
FROM human_evaluation h
JOIN human_rating r ON r.evaluation_id = h.id
LEFT JOIN prediction p ON p.trial_id = h.evaluation_trial_id AND p.sample = r.sample
WHERE coalesce(r.judge, p.predicted) IS NOT NULL
GROUP BY h.id
ORDER BY h.id;

-- name: trial-timings
-- How long each trial took and where it ran, slowest first.
SELECT id AS trial, kind, status, attempts, worker,
       round(extract(epoch FROM (finished_at - started_at))::numeric, 3) AS seconds
FROM trial
WHERE finished_at IS NOT NULL
ORDER BY seconds DESC, id;

-- name: evaluation-metrics
-- Each evaluation's numbers: instrument accuracy on generated and on real test samples (with
-- bootstrap intervals), Frechet distance, KID, pose error against its baseline (also per pose part,
-- pose_error_mae_bow and so on, and pose_error_instrument_mean_reduction: what drawing each
-- instrument's mean pose would reach, the share the sound must add to), retrieval, diversity, and for
-- I2S the spectral envelope distance.
SELECT t.id AS evaluation, t.direction, m.name, round(m.value::numeric, 4) AS value
FROM metric m
JOIN trial t ON t.id = m.trial_id
WHERE t.kind = 'evaluation' AND m.label = ''
ORDER BY t.id, m.name;

-- name: judge-accuracy
-- How well each judging network recognises the instrument of real test samples.
SELECT t.id AS judge, t.config ->> 'encoding' AS encoding, t.config ->> 'role' AS role, m.value AS test_accuracy
FROM trial t
JOIN metric m ON m.trial_id = t.id AND m.name = 'test_accuracy' AND m.label = ''
WHERE t.kind = 'judge'
ORDER BY t.id;

-- name: instrument-misses
-- Which instruments each evaluation's generator misses, worst first: the judge's top-1 on generated
-- samples per instrument, beside (I2S) how many dB the generated spectrograms' average shape is off
-- the real ones' (spectral_envelope; compare it with real_split_distance, the noise floor).
SELECT t.id AS evaluation, t.direction, a.label AS instrument, round(a.value::numeric, 4) AS generated_top1,
       round(e.value::numeric, 2) AS envelope_distance_db
FROM trial t
JOIN metric a ON a.trial_id = t.id AND a.name = 'instrument_accuracy_generated_top1' AND a.label <> ''
LEFT JOIN metric e ON e.trial_id = t.id AND e.name = 'spectral_envelope_distance' AND e.label = a.label
WHERE t.kind = 'evaluation'
ORDER BY t.id, a.value, a.label;
