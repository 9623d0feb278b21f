package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;

import java.util.List;
import java.util.Objects;

/**
 * A place name found in the text, with every gazetteer entry it may refer to.
 *
 * @param field         the field the offsets refer to
 * @param start         start offset, a Java {@code String} index
 * @param end           end offset, exclusive
 * @param text          the text of the span
 * @param key           the normalized lookup key
 * @param matches       candidate places, best known first (made immutable: copied unless it is already, as the
 *                      gazetteer's lists are)
 * @param cues          what the words around the name say
 */
public record NameMention(
        TextField field,
        int start,
        int end,
        String text,
        String key,
        List<NameMatch> matches,
        Cues cues) {

    public NameMention {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        matches = List.copyOf(matches);
        Objects.requireNonNull(cues, "cues");
    }

    /**
     * Context of one name.
     *
     * @param sentenceStart the name opens a sentence, so its capital letter says little
     * @param commonWord    the name is also a common English word
     * @param commaAfter    a comma follows the name ("Kazan, Russia")
     * @param person        the words around say it is part of a person's name ("President Jordan")
     * @param street        the name is a street's ("Cheshunt Road"): no mention of the place, but a hint of where
     *                      the article is, so it is resolved with the others and not reported
     */
    public record Cues(boolean sentenceStart, boolean commonWord, boolean commaAfter, boolean person, boolean street) {

        /** Every combination once: each mention has cues, and there are only 32 of them. */
        private static final Cues[] SHARED = new Cues[32];

        static {
            for (int i = 0; i < SHARED.length; i++) {
                SHARED[i] = new Cues((i & 1) != 0, (i & 2) != 0, (i & 4) != 0, (i & 8) != 0, (i & 16) != 0);
            }
        }

        /** The cues of these values, shared: equal to {@code new Cues(...)} of them. */
        public static Cues of(boolean sentenceStart, boolean commonWord, boolean commaAfter, boolean person,
                boolean street) {
            return SHARED[(sentenceStart ? 1 : 0) | (commonWord ? 2 : 0) | (commaAfter ? 4 : 0) | (person ? 8 : 0)
                    | (street ? 16 : 0)];
        }
    }
}
