package org.synesthesia.workflows.human;

/** A built study: its folder (holding study.json and media/) and how many questions it asks. */
public record StudyBuilt(String studyPath, int questions) {}
