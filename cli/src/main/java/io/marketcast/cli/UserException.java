package io.marketcast.cli;

/** A mistake of the user's (bad option combination, impossible parameter): exit code 2, one line, no trace. */
public final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
