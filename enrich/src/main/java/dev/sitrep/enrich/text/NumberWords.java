package dev.sitrep.enrich.text;

import java.util.List;
import java.util.Map;

/**
 * Reads cardinal numbers written in words ("twenty-three", "two hundred and five", "1.2 million").
 * Stateless and thread-safe.
 */
final class NumberWords {

    static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    private static final WordTable<Integer> UNIT_WORDS = new WordTable<>(UNITS);
    private static final WordTable<Integer> TEN_WORDS = new WordTable<>(TENS);
    static final WordTable<Long> SCALE_WORDS = new WordTable<>(SCALES);

    private NumberWords() {
    }

    /** A number read from tokens: its value and the index after its last token. */
    record Reading(long value, int end) {
    }

    static boolean isNumberWord(String w) {
        return UNITS.containsKey(w) || TENS.containsKey(w) || SCALES.containsKey(w);
    }

    static boolean isNumberWord(Token t) {
        return UNIT_WORDS.getLower(t) != null || TEN_WORDS.getLower(t) != null || SCALE_WORDS.getLower(t) != null;
    }

    /**
     * Reads number words from token {@code i}. With {@code implicitOne} the reading starts as if "one"
     * had been read, for "a hundred" and "a thousand". Null when no number word is there.
     */
    static Reading read(List<Token> t, int i, boolean implicitOne) {
        final int none = 0;
        final int unit = 1;
        final int tens = 2;
        final int hundred = 3;
        final int scale = 4;
        long total = 0;
        long group = implicitOne ? 1 : 0;
        int last = implicitOne ? unit : none;
        int p = i;
        int n = t.size();
        while (p < n) {
            Token w = t.get(p);
            Integer u = UNIT_WORDS.getLower(w);
            Integer ten = TEN_WORDS.getLower(w);
            Long big = SCALE_WORDS.getLower(w);
            boolean groupOpen = last == none || last == hundred || last == scale;
            if (ten != null && groupOpen) {
                group += ten;
                last = tens;
                p++;
                int q = p < n && t.get(p).is("-") ? p + 1 : p;
                Integer after = q < n ? UNIT_WORDS.getLower(t.get(q)) : null;
                if (after != null && after >= 1 && after <= 9) {
                    group += after;
                    last = unit;
                    p = q + 1;
                }
            } else if (u != null && groupOpen) {
                group += u;
                last = unit;
                p++;
            } else if (big != null && big == 100 && last == unit && group < 100) {
                group *= 100;
                last = hundred;
                p++;
            } else if (big != null && big > 100 && (last == unit || last == tens || last == hundred)) {
                total += group * big;
                group = 0;
                last = scale;
                p++;
            } else if (w.is("and") && (last == hundred || last == scale) && p + 1 < n
                    && (UNIT_WORDS.getLower(t.get(p + 1)) != null || TEN_WORDS.getLower(t.get(p + 1)) != null)) {
                p++;
            } else {
                break;
            }
        }
        if (last == none || (implicitOne && p == i)) {
            return null;
        }
        return new Reading(total + group, p);
    }
}
