-- The experiment records: what ran, on what data, with which settings, where, and how it went.
-- Every table a retried activity writes to has a natural key, so writers use
-- INSERT ... ON CONFLICT and a retry can never add a second row.

CREATE TABLE experiment (
    id           text PRIMARY KEY,                 -- the Temporal workflow id
    name         text        NOT NULL,
    config       jsonb       NOT NULL,             -- the full ExperimentInput
    status       text        NOT NULL DEFAULT 'running'
                 CHECK (status IN ('running', 'completed', 'failed')),
    failure      text,                             -- one sentence, when failed
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    CHECK ((status = 'failed') = (failure IS NOT NULL))
);

-- One row per (run, step) that finished: the memory that makes activities idempotent. A step
-- found here is not done again; its recorded result is returned instead.
CREATE TABLE step (
    experiment_id text        NOT NULL,
    name          text        NOT NULL,
    result        jsonb       NOT NULL,
    worker        text        NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (experiment_id, name)
);

CREATE TABLE dataset (
    id            text PRIMARY KEY,                -- '<experiment>/dataset'
    experiment_id text        NOT NULL REFERENCES experiment (id),
    source        text        NOT NULL,            -- the source folder the pairs came from
    synthesized   boolean     NOT NULL,
    pairs_path    text        NOT NULL,
    pairs         integer     NOT NULL CHECK (pairs >= 0),
    train_pairs   integer     NOT NULL CHECK (train_pairs >= 0),
    test_pairs    integer     NOT NULL CHECK (test_pairs >= 0),
    manifest      jsonb       NOT NULL,            -- the pair store's manifest.json
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (train_pairs + test_pairs = pairs)
);

CREATE TABLE sweep (
    id            text PRIMARY KEY,                -- '<experiment>/sweep-<name>'
    experiment_id text        NOT NULL REFERENCES experiment (id),
    kind          text        NOT NULL CHECK (kind IN ('encoder')),
    direction     text        NOT NULL CHECK (direction IN ('s2i', 'i2s')),
    criterion     text        NOT NULL,            -- the metric the best trial is picked by
    goal          text        NOT NULL CHECK (goal IN ('max', 'min')),
    parallelism   integer     NOT NULL CHECK (parallelism > 0),
    best_trial_id text,                            -- set once the sweep is decided
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);

CREATE TABLE trial (
    id            text PRIMARY KEY,                -- '<experiment>/<step>'
    experiment_id text        NOT NULL REFERENCES experiment (id),
    sweep_id      text        REFERENCES sweep (id),
    kind          text        NOT NULL CHECK (kind IN ('encoder', 'gan', 'evaluation')),
    direction     text        CHECK (direction IN ('s2i', 'i2s')),
    config        jsonb       NOT NULL,
    status        text        NOT NULL DEFAULT 'running'
                  CHECK (status IN ('running', 'completed', 'failed')),
    failure       text,
    attempts      integer     NOT NULL DEFAULT 1 CHECK (attempts > 0),
    worker        text        NOT NULL,            -- the worker of the latest attempt
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    CHECK ((status = 'failed') = (failure IS NOT NULL)),
    CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX trial_sweep ON trial (sweep_id);
CREATE INDEX trial_experiment ON trial (experiment_id);

ALTER TABLE sweep ADD FOREIGN KEY (best_trial_id) REFERENCES trial (id);

-- Full training state for resume, one per (trial, step).
CREATE TABLE checkpoint (
    trial_id   text        NOT NULL REFERENCES trial (id),
    step       bigint      NOT NULL CHECK (step >= 0),
    path       text        NOT NULL,
    sha256     text        NOT NULL CHECK (length(sha256) = 64),
    bytes      bigint      NOT NULL CHECK (bytes >= 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (trial_id, step)
);

-- Files a step leaves behind for people and later steps: pair stores, release weights, samples.
CREATE TABLE artifact (
    experiment_id text        NOT NULL REFERENCES experiment (id),
    path          text        NOT NULL,
    trial_id      text        REFERENCES trial (id),
    kind          text        NOT NULL,            -- 'pairs', 'weights', 'samples', ...
    sha256        text        NOT NULL CHECK (length(sha256) = 64),
    bytes         bigint      NOT NULL CHECK (bytes >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (experiment_id, path)
);

-- One value per (trial, metric, label, step). label is '' or e.g. an instrument code for
-- per-instrument accuracy; split says which data it was measured on.
CREATE TABLE metric (
    trial_id text             NOT NULL REFERENCES trial (id),
    name     text             NOT NULL,
    label    text             NOT NULL DEFAULT '',
    step     bigint           NOT NULL CHECK (step >= 0),
    value    double precision NOT NULL,
    PRIMARY KEY (trial_id, name, label, step)
);

-- What a judge classifier said about each sample of an evaluation trial.
CREATE TABLE prediction (
    trial_id   text NOT NULL REFERENCES trial (id),
    sample     text NOT NULL,                      -- sample file, relative to the samples folder
    truth      text NOT NULL,                      -- instrument code the sample was generated for
    predicted  text NOT NULL,                      -- instrument code the judge chose
    confidence double precision CHECK (confidence BETWEEN 0 AND 1),
    PRIMARY KEY (trial_id, sample)
);

CREATE TABLE human_evaluation (
    id                  text PRIMARY KEY,          -- '<experiment>/human-<name>'
    experiment_id       text        NOT NULL REFERENCES experiment (id),
    evaluation_trial_id text        REFERENCES trial (id), -- the judge's predictions to compare with
    samples_path        text        NOT NULL,
    expected_ratings    integer     NOT NULL CHECK (expected_ratings >= 0),
    status              text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    closed_at           timestamptz
);

-- One answer per (evaluation, sample, rater): a rater re-submitting replaces nothing.
CREATE TABLE human_rating (
    evaluation_id text        NOT NULL REFERENCES human_evaluation (id),
    sample        text        NOT NULL,
    rater         text        NOT NULL,
    answer        text        NOT NULL,            -- instrument code the person heard or saw
    realism       smallint    CHECK (realism BETWEEN 1 AND 5),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (evaluation_id, sample, rater)
);
