package dev.sitrep.enrich.geo.gazetteer;

/** How a name refers to a place. */
public enum NameKind {
    /** The place's preferred or ASCII name. */
    PRIMARY,
    /** Another name of the place (exonym, former name, spelling variant). */
    ALTERNATE,
    /** A demonym or adjective ("Azerbaijani", "Syrians"): it points to the place without naming it. */
    DEMONYM,
    /** A name that refers to the place only in context: a county without "County", a state abbreviation. */
    WEAK
}
