package org.synesthesia.io;

/**
 * Input that cannot be used: a missing folder, a file in the wrong layout or format, an empty
 * track. The message is one sentence for the user that names the file and says what to do.
 * Orchestration treats it as non-retryable.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) { super(message); }
    public BadInputException(String message, Throwable cause) { super(message, cause); }
}
