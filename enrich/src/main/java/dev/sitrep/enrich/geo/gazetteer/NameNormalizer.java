package dev.sitrep.enrich.geo.gazetteer;

import java.text.Normalizer;

/**
 * Turns a place name into its lookup key: lowercase ASCII letters and digits, words separated by one space.
 * Diacritics are dropped, periods vanish ("U.S." and "US" meet), hyphens, slashes and apostrophes separate
 * words ("Nagorno-Karabakh" and "Nagorno Karabakh" meet), and the abbreviations "St", "Ft" and "Mt" become
 * the words they stand for. The bundled and the Lucene gazetteers and the extractor all use this one key.
 */
public final class NameNormalizer {

    private static final char FIRST_FOLDED = '\u00C0';
    private static final char LAST_FOLDED = '\u024F';
    private static final String[] FOLDED = new String[LAST_FOLDED - FIRST_FOLDED + 1];

    static {
        for (char c = FIRST_FOLDED; c <= LAST_FOLDED; c++) {
            String special = switch (c) {
                case '\u00DF' -> "ss";
                case '\u00C6', '\u00E6' -> "ae";
                case '\u00D8', '\u00F8' -> "o";
                case '\u0141', '\u0142' -> "l";
                case '\u0110', '\u0111', '\u00D0', '\u00F0' -> "d";
                case '\u0152', '\u0153' -> "oe";
                case '\u00DE', '\u00FE' -> "th";
                case '\u0131' -> "i";
                default -> null;
            };
            if (special == null) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < d.length(); i++) {
                    char x = d.charAt(i);
                    if (x < 128 && Character.isLetter(x)) {
                        b.append(Character.toLowerCase(x));
                    }
                }
                special = b.toString();
            }
            FOLDED[c - FIRST_FOLDED] = special;
        }
    }

    private NameNormalizer() {
    }

    /** The lookup key of a whole name. */
    public static String normalize(CharSequence name) {
        return normalize(name, 0, name.length());
    }

    /** The lookup key of {@code text[start, end)}. */
    public static String normalize(CharSequence text, int start, int end) {
        String simple = simpleWord(text, start, end);
        if (simple != null) {
            return simple;
        }
        StringBuilder out = new StringBuilder(end - start);
        int wordStart = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + 32));
                } else if (c != '.') {
                    wordStart = separate(out, wordStart);
                }
            } else if (c >= FIRST_FOLDED && c <= LAST_FOLDED) {
                out.append(FOLDED[c - FIRST_FOLDED]);
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else {
                wordStart = separate(out, wordStart);
            }
        }
        expand(out, wordStart);
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /** The common case, one plain ASCII word, without a builder; null when the text is anything else. */
    private static String simpleWord(CharSequence text, int start, int end) {
        int len = end - start;
        if (len == 2 && (text.charAt(start + 1) == 't' || text.charAt(start + 1) == 'T') || len <= 0) {
            return null;
        }
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            char c = text.charAt(start + i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out[i] = c;
            } else if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + 32);
            } else {
                return null;
            }
        }
        return new String(out);
    }

    private static int separate(StringBuilder out, int wordStart) {
        int n = out.length();
        if (n == 0 || out.charAt(n - 1) == ' ') {
            return wordStart;
        }
        expand(out, wordStart);
        out.append(' ');
        return out.length();
    }

    /** Spells out the abbreviations place names share in one word slot. */
    private static void expand(StringBuilder out, int wordStart) {
        int len = out.length() - wordStart;
        if (len != 2 || out.charAt(wordStart + 1) != 't') {
            return;
        }
        String full = switch (out.charAt(wordStart)) {
            case 's' -> "saint";
            case 'f' -> "fort";
            case 'm' -> "mount";
            default -> null;
        };
        if (full != null) {
            out.setLength(wordStart);
            out.append(full);
        }
    }
}
