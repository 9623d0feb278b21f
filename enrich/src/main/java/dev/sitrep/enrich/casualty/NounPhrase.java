package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordSet;
import dev.sitrep.enrich.text.Token;

import java.util.Locale;
import java.util.Set;

/** Small helpers on the noun phrase a count applies to. Stateless. */
final class NounPhrase {

    private static final WordSet CALENDAR = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tonight");

    private NounPhrase() {
    }

    /** Index after the noun phrase that starts at {@code from}, at most {@code max} tokens long. */
    static int end(SentenceTokens s, int from, int max) {
        int j = from;
        while (j < s.size() && j - from < max) {
            Token t = s.get(j);
            if (Words.isStop(t) || t.is("(") || t.is(")") || isCalendar(t) || Words.isAdverb(t)) {
                break;
            }
            j++;
        }
        while (j > from && (s.get(j - 1).isPunct() || s.get(j - 1).is("of") || s.get(j - 1).is("the"))) {
            j--;
        }
        return j;
    }

    /** The last word of a phrase before any "of ..." ("members of the police" gives "members"). */
    static String head(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        if (ascii(phrase)) {
            return asciiHead(phrase);
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        int of = lower.indexOf(" of ");
        String core = of > 0 ? lower.substring(0, of) : lower;
        int space = core.lastIndexOf(' ');
        String w = space < 0 ? core : core.substring(space + 1);
        return w.isEmpty() ? null : w;
    }

    /** {@link #head} of an ASCII phrase, lower-casing only the word it gives. */
    private static String asciiHead(String phrase) {
        int n = phrase.length();
        int coreEnd = n;
        for (int i = 1; i + 2 < n; i++) {
            if (phrase.charAt(i - 1) == ' ' && (phrase.charAt(i) | 32) == 'o' && (phrase.charAt(i + 1) | 32) == 'f'
                    && phrase.charAt(i + 2) == ' ') {
                coreEnd = i - 1 > 0 ? i - 1 : n; // as head's indexOf: a phrase starting " of " keeps it all
                break;
            }
        }
        int space = phrase.lastIndexOf(' ', coreEnd - 1);
        String w = phrase.substring(space + 1, coreEnd).toLowerCase(Locale.ROOT);
        return w.isEmpty() ? null : w;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static boolean hasPluralHead(String phrase) {
        String h = head(phrase);
        return h != null && (Words.PLURAL_NOUNS.contains(h) || !Words.isSingularNoun(h));
    }

    /** Whether the counted phrase names people: not "600 head of cattle", "20 houses" or "3 attacks". */
    static boolean people(SentenceTokens s, int from, int to, String victims) {
        String h = head(victims);
        if (h != null && Words.NOT_PEOPLE.contains(h)) {
            return false;
        }
        for (int k = from; k < to && k < s.size(); k++) {
            if (Words.NOT_PEOPLE.contains(s.get(k)) && !s.get(k).is("head")) {
                return false;
            }
        }
        return true;
    }

    /** The index after a leading age ("35-year-old"), or {@code from} when there is none. */
    static int afterAge(SentenceTokens s, int from, int to) {
        if (from + 4 < to && (s.get(from).isNumber() || s.quantityAt(from) != null)
                && s.get(from + 1).is("-") && (s.get(from + 2).is("year") || s.get(from + 2).is("years"))
                && s.get(from + 3).is("-") && s.get(from + 4).is("old")) {
            return from + 5;
        }
        return from;
    }

    static boolean isCalendar(String w) {
        return CALENDAR.contains(w);
    }

    static boolean isCalendar(Token t) {
        return CALENDAR.contains(t);
    }
}
