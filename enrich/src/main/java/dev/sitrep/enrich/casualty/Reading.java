package dev.sitrep.enrich.casualty;

import java.util.List;

/**
 * What reading around one casualty word found.
 *
 * @param parts    the counts found, in text order
 * @param doubted  the word is denied, hypothetical, or counts nobody ("no one was killed")
 * @param elided   the subject is shared with the verb before ("a man was shot and later died")
 */
record Reading(List<Part> parts, boolean doubted, boolean elided) {

    static final Reading NOTHING = new Reading(List.of(), false, false);
    static final Reading DOUBTED = new Reading(List.of(), true, false);
    static final Reading ELIDED = new Reading(List.of(), false, true);

    static Reading of(List<Part> parts) {
        return new Reading(List.copyOf(parts), false, false);
    }

    boolean found() {
        return !parts.isEmpty();
    }
}
