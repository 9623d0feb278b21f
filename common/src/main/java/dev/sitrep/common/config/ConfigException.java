package dev.sitrep.common.config;

import java.util.Objects;

/** A setting that cannot be used; the message names the command-line option that sets it. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String option;

    public ConfigException(String option, String problem) {
        super(Objects.requireNonNull(option, "option") + ": " + problem);
        this.option = option;
    }

    /** The option at fault, as typed on the command line ({@code --bootstrap}). */
    public String option() {
        return option;
    }
}
