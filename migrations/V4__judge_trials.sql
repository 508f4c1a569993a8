-- The judging networks (a sound judge, an image judge and the pose regressor) train once per
-- experiment as trials of their own kind, so that queries over encoder trials never mistake a
-- judge for an encoder.
ALTER TABLE trial DROP CONSTRAINT trial_kind_check;
ALTER TABLE trial ADD CONSTRAINT trial_kind_check CHECK (kind IN ('encoder', 'gan', 'evaluation', 'sweep', 'judge'));
