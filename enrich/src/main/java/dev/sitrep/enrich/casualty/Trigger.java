package dev.sitrep.enrich.casualty;

/**
 * A casualty phrase found in a sentence's tokens.
 *
 * @param phrase the phrase matched
 * @param first  index of its first token
 * @param end    index after its last token
 */
record Trigger(TriggerPhrase phrase, int first, int end) {

    CasualtyKind kind() {
        return phrase.kind();
    }

    TriggerRole role() {
        return phrase.role();
    }
}
