package dev.sitrep.enrich.casualty;

/**
 * The latest year written in an article, so that earlier years can be told apart as history. Read
 * only when a sentence needs it. One instance serves one call of the extractor: not shared.
 */
final class Years {

    private final String[] texts;
    private int latest = -1;

    Years(String... texts) {
        this.texts = texts.clone();
    }

    /** The largest year in any of the texts, or 0. */
    int latest() {
        if (latest < 0) {
            int best = 0;
            for (String t : texts) {
                best = Math.max(best, latestIn(t == null ? "" : t));
            }
            latest = best;
        }
        return latest;
    }

    /** The largest four-digit number from 1900 to 2100 standing alone in {@code text}, or 0. */
    static int latestIn(String text) {
        int best = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            boolean alone = (start == 0 || !isSeparator(text.charAt(start - 1))) && (i >= n || !isSeparator(text.charAt(i))
                    || i + 1 >= n || !isDigit(text.charAt(i + 1)));
            if (i - start == 4 && alone) {
                int y = (text.charAt(start) - '0') * 1000 + (text.charAt(start + 1) - '0') * 100
                        + (text.charAt(start + 2) - '0') * 10 + (text.charAt(start + 3) - '0');
                if (y >= 1900 && y <= 2100) {
                    best = Math.max(best, y);
                }
            }
        }
        return best;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.';
    }
}
