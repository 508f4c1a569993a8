-- The rating app (synesthesia rate): the study folder it serves, its anonymous raters, and what
-- each answer is scored against, so that `study report` needs nothing but these rows.

ALTER TABLE human_evaluation
    ADD COLUMN study_path text;                    -- folder with study.json and media/; null before it is built

-- A rater is an anonymous id handed out by the app; answers from ids it never handed out are refused.
CREATE TABLE human_rater (
    evaluation_id text        NOT NULL REFERENCES human_evaluation (id),
    rater         text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (evaluation_id, rater)
);

ALTER TABLE human_rating
    ADD COLUMN condition text,                     -- the condition scored, e.g. 'real', 's2i'
    ADD COLUMN truth     text,                     -- instrument code of the correct answer
    ADD COLUMN judge     text;                     -- the judging classifier's code for the same item; null when none
