package dev.sitrep.enrich.process;

/** The engine could not be loaded: no record can be enriched, so the app must stop rather than dead-letter them. */
public final class EngineUnavailableException extends RuntimeException {

    public EngineUnavailableException(Throwable cause) {
        super("the enrichment engine could not be loaded: " + cause, cause);
    }
}
