package org.synesthesia.study;

/** What a study asks about its media; the prompt is what the rating page shows. */
public enum QuestionKind {
    /** One image; the answer is an instrument code. */
    IMAGE_INSTRUMENT("Which instrument is this image of?"),
    /** One sound; the answer is an instrument code. */
    SOUND_INSTRUMENT("Which instrument do you hear?"),
    /** One sound and two images of different instruments; the answer is the chosen image's instrument code. */
    MATCH_IMAGE("Which of these two images goes with this sound?");

    private final String prompt;

    QuestionKind(String prompt) { this.prompt = prompt; }

    public String prompt() { return prompt; }
}
