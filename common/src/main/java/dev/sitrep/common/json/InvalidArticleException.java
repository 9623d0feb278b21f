package dev.sitrep.common.json;

import java.util.Objects;

/** An input record that cannot be read as an article; carries the dead-letter code. */
public final class InvalidArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public InvalidArticleException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
