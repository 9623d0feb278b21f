package dev.sitrep.enrich.casualty;

/** Where a casualty word finds its count. */
enum TriggerRole {
    /** A verb either way: "14 soldiers were killed" (count before) or "killing 14 soldiers" (after). */
    VERB,
    /** Only the subject carries the count: "5 people died", "3 dead". */
    SUBJECT,
    /** Only the object carries the count: "killing 5", "claimed the lives of 5". */
    OBJECT,
    /** A noun counted directly: "5 fatalities", "two deaths". */
    NOUN,
    /** A noun whose figure follows: "the death toll rose to 30", "the bodies of two men". */
    TOLL
}
