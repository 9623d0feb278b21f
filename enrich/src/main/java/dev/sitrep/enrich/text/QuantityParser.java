package dev.sitrep.enrich.text;

import dev.sitrep.common.model.Qualifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Finds counts in tokens: digits and number words, rough amounts ("dozens", "several"), bounds
 * ("at least", "up to", "between 10 and 15"), and refuses what only looks like a count: ages,
 * years, dates, times, money, measures, ordinals and labels ("Route 66"). Stateless and thread-safe.
 */
public final class QuantityParser {

    /** A prefix that bounds the number after it. */
    private record Prefix(String[] words, Qualifier qualifier, boolean total) {
        Prefix(String phrase, Qualifier qualifier) {
            this(phrase.split(" "), qualifier, false);
        }
    }

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("no fewer than", Qualifier.AT_LEAST), new Prefix("no less than", Qualifier.AT_LEAST),
            new Prefix("not less than", Qualifier.AT_LEAST), new Prefix("a minimum of", Qualifier.AT_LEAST),
            new Prefix("at least", Qualifier.AT_LEAST),
            new Prefix("in excess of", Qualifier.MORE_THAN), new Prefix("more than", Qualifier.MORE_THAN),
            new Prefix("upwards of", Qualifier.MORE_THAN), new Prefix("over", Qualifier.MORE_THAN),
            new Prefix("as many as", Qualifier.UP_TO), new Prefix("a maximum of", Qualifier.UP_TO),
            new Prefix("up to", Qualifier.UP_TO), new Prefix("at most", Qualifier.UP_TO),
            new Prefix("fewer than", Qualifier.UP_TO), new Prefix("less than", Qualifier.UP_TO),
            new Prefix("just under", Qualifier.NEARLY), new Prefix("close to", Qualifier.NEARLY),
            new Prefix("nearly", Qualifier.NEARLY), new Prefix("almost", Qualifier.NEARLY),
            new Prefix("an estimated", Qualifier.ABOUT), new Prefix("estimated", Qualifier.ABOUT),
            new Prefix("about", Qualifier.ABOUT), new Prefix("around", Qualifier.ABOUT),
            new Prefix("approximately", Qualifier.ABOUT), new Prefix("roughly", Qualifier.ABOUT),
            new Prefix("some", Qualifier.ABOUT), new Prefix("circa", Qualifier.ABOUT),
            new Prefix("a total of".split(" "), Qualifier.EXACT, true),
            new Prefix("total of".split(" "), Qualifier.EXACT, true));

    /** Words right after a number that make it a measure, a time or a date, not a count. */
    private static final WordSet UNIT_AFTER = WordSet.of(
            "%", "percent", "per", "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "hrs", "gmt", "utc",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
            "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "time", "times",
            "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter", "meters",
            "metre", "metres", "m", "ft", "feet", "foot", "inch", "inches", "yard", "yards", "acre", "acres",
            "hectare", "hectares", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "gram", "grams", "g",
            "pound", "pounds", "lb", "lbs", "ounce", "ounces", "ton", "tons", "tonne", "tonnes", "litre", "litres",
            "liter", "liters", "gallon", "gallons", "mm", "cm", "caliber", "calibre", "dollars", "dollar",
            "euros", "euro", "cents", "rupees", "naira", "shillings", "pesos", "usd", "bn", "block", "blocks",
            "round", "rounds", "shots", "bullet", "bullets", "degrees", "mph", "kph", "points", "votes",
            "seats", "goals", "runs", "storey", "story", "stories", "floor", "head", "cattle", "cows", "goats",
            "sheep", "camels", "livestock", "houses", "homes", "huts", "buildings", "vehicles", "cars", "trucks",
            "shells", "rockets", "missiles", "mortars", "bombs", "grenades", "rifles", "guns", "weapons",
            "firearms", "handguns", "pistols", "doses", "tablets", "bags", "packets", "sachets", "counts",
            "charges", "pm.", "am.", "st", "nd", "rd", "th", "villages", "towns", "districts", "provinces",
            "states", "countries", "locations", "sites", "incidents", "attacks", "airstrikes", "strikes",
            "raids", "clashes", "cases", "tests", "beds", "trips", "calls", "jobs");

    /** Words right before a number that make it a label, a sum of money or an age. */
    private static final WordSet LABEL_BEFORE = WordSet.of(
            "$", "\u20ac", "\u00a3", "#", "\u00a5", "number", "route", "rte", "article", "page", "chapter", "section",
            "highway", "interstate", "hwy", "room", "apartment", "apt", "unit", "flight", "channel", "district",
            "ward", "precinct", "aged", "age", "ages", "size", "=", "year", "caliber", "calibre", "model", "level",
            "grade", "phase", "code", "line", "stage", "gate", "km", "mile", "exit", "vol", "volume", "act",
            "decree", "resolution", "suite", "box", "lot", "platform", "terminal", "bus", "car", "camp", "zone",
            "sector", "block", "kilometre", "kilometer", "class", "category", "version", "season", "episode",
            "score", "scored", "tally",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "hours", "pm", "am", "rs", "usd", "ksh", "mm");

    /** Nouns that, right after a year-like number, show it is a count after all ("2000 people"). */
    private static final WordSet PEOPLE = WordSet.of("people", "persons", "civilians", "residents", "families",
            "households", "refugees", "migrants", "others");

    /** The last word of a street name: "8344 Twin Chapel Drive", "516 Springhill Plaza Court". */
    private static final WordSet STREET = WordSet.of("street", "st", "avenue", "ave", "road", "rd", "drive", "dr",
            "court", "ct", "boulevard", "blvd", "lane", "ln", "way", "place", "pl", "plaza", "parkway", "pkwy", "circle",
            "terrace", "trail", "highway", "hwy", "pike", "square", "alley");

    /** AP style abbreviates months before a day: "Jan. 10", "Sept. 3". */
    private static final WordSet MONTH_ABBREVIATIONS = WordSet.of("jan", "feb", "mar", "apr", "aug", "sep", "sept",
            "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /** How many capitalized words may stand between a house number and its street word. */
    private static final int STREET_NAME_WORDS = 4;

    private QuantityParser() {
    }

    /** The quantity starting at token {@code i}, or null when none starts there. */
    public static Quantity parseAt(List<Token> t, int i) {
        int n = t.size();
        if (i < 0 || i >= n || !canStart(t.get(i))) {
            return null;
        }
        Prefix prefix = prefixAt(t, i);
        int p = prefix == null ? i : i + prefix.words().length;
        if (prefix == null && t.get(i).is("between")) {
            return between(t, i);
        }
        Core core = core(t, p);
        if (core == null || guarded(t, p, core, prefix != null)) {
            return null;
        }
        if (prefix != null && core.form() != QuantityForm.NUMERAL) {
            return null;
        }
        Qualifier q = prefix == null ? core.qualifier() : prefix.qualifier();
        boolean total = prefix != null && prefix.total();
        if (core.form() == QuantityForm.NUMERAL && core.end() + 1 < n && !(p > 0 && t.get(p - 1).is("from"))) {
            Token sep = t.get(core.end());
            if (sep.is("to") || sep.is("-") || sep.is("\u2013") || sep.is("or")) {
                Core upper = core(t, core.end() + 1);
                if (upper != null && upper.form() == QuantityForm.NUMERAL && upper.value() > core.value()
                        && !guarded(t, core.end() + 1, upper, false)) {
                    return new Quantity(core.value(), core.value(), upper.value(), Qualifier.RANGE, QuantityForm.NUMERAL,
                            total, i, upper.end());
                }
            }
        }
        if (core.form() == QuantityForm.VAGUE || core.form() == QuantityForm.ZERO) {
            return new Quantity(core.value(), core.value(), core.high(), Qualifier.VAGUE.equals(q) ? q : Qualifier.EXACT,
                    core.form(), false, i, core.end());
        }
        return bounded(core.value(), q, core.form(), total, i, core.end());
    }

    /**
     * The longest quantity whose last token is {@code last}, or null. Used when reading leftwards
     * from a casualty word to its subject.
     */
    public static Quantity endingAt(List<Token> t, int last) {
        if (last < 0 || last >= t.size() || !canEnd(t.get(last))) {
            return null;
        }
        return longestEndingAt(last, s -> parseAt(t, s));
    }

    /**
     * The longest quantity whose last token is {@code last}, given the quantity starting at each token
     * ({@code parsedAt}): the search {@link #endingAt} makes, for callers that keep what they parsed.
     */
    static Quantity longestEndingAt(int last, IntFunction<Quantity> parsedAt) {
        for (int s = Math.max(0, last - REACH); s <= last; s++) {
            Quantity q = parsedAt.apply(s);
            if (q != null && q.end() == last + 1) {
                return q;
            }
        }
        return null;
    }

    /** The figure and bounds a qualifier implies for {@code n}. */
    static Quantity bounded(long n, Qualifier q, QuantityForm form, boolean total, int first, int end) {
        return switch (q) {
            case AT_LEAST, MORE_THAN -> new Quantity(n, n, null, q, form, total, first, end);
            case UP_TO -> new Quantity(n, Math.min(1, n), n, q, form, total, first, end);
            case NEARLY -> new Quantity(n, n - Math.max(1, n / 10), n, q, form, total, first, end);
            case ABOUT -> new Quantity(n, n - n / 5, n + (n + 4) / 5, q, form, total, first, end);
            default -> new Quantity(n, n, n, q, form, total, first, end);
        };
    }

    /** How many tokens before its last one {@link #endingAt} looks for a quantity's start. */
    private static final int REACH = 7;

    static boolean canEnd(Token tok) {
        return tok.isNumber() || ENDERS.contains(tok);
    }

    private static final WordSet VAGUE = WordSet.of("dozens", "tens", "hundreds", "thousands", "millions", "scores",
            "several");

    /** Words a quantity can end with, besides numbers. */
    private static final WordSet ENDERS = WordSet.of(union(NumberWords.UNITS.keySet(), NumberWords.TENS.keySet(),
            NumberWords.SCALES.keySet(), VAGUE.words(), Set.of("a", "an", "another", "single", "no", "none", "nobody",
                    "both", "dozen", "couple", "few", "handful", "one")));

    /** The number proper: value, rough upper bound for vague words, and where it ends. */
    private record Core(long value, Long high, QuantityForm form, Qualifier qualifier, int end) {
    }

    /**
     * Whether a quantity can start at the token: a number, the first word of a prefix, "between", or a
     * word {@link #core} reads. Most tokens are none of these, and {@link #endingAt} tries eight starts.
     */
    private static boolean canStart(Token tok) {
        return tok.isNumber() || STARTERS.contains(tok);
    }

    private static final WordSet STARTERS = WordSet.of(union(NumberWords.UNITS.keySet(), NumberWords.TENS.keySet(),
            PREFIXES.stream().map(p -> p.words()[0]).toList(), Set.of("between", "no", "none", "nobody", "neither",
                    "not", "both", "another", "single", "half", "a", "an", "dozen", "dozens", "scores", "tens",
                    "hundreds", "thousands", "millions", "several")));

    @SafeVarargs
    private static Set<String> union(java.util.Collection<String>... parts) {
        Set<String> out = new java.util.HashSet<>();
        for (java.util.Collection<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }

    private static Core core(List<Token> t, int p) {
        int n = t.size();
        if (p >= n) {
            return null;
        }
        Token tok = t.get(p);
        if (tok.isNumber()) {
            return digits(t, p);
        }
        CoreWord word = CORE_WORDS.getLower(tok);
        if (word == null) {
            NumberWords.Reading r = NumberWords.read(t, p, false);
            if (r == null) {
                return null;
            }
            if (r.end() < n && t.get(r.end()).is("dozen")) {
                return new Core(r.value() * 12, r.value() * 12, QuantityForm.NUMERAL, Qualifier.EXACT, r.end() + 1);
            }
            return new Core(r.value(), r.value(), QuantityForm.NUMERAL, Qualifier.EXACT, r.end());
        }
        return switch (word) {
            case NO -> p + 1 < n && t.get(p + 1).is("one")
                    ? new Core(0, 0L, QuantityForm.ZERO, Qualifier.EXACT, p + 2)
                    : new Core(0, 0L, QuantityForm.ZERO, Qualifier.EXACT, p + 1);
            case NONE -> new Core(0, 0L, QuantityForm.ZERO, Qualifier.EXACT, p + 1);
            case NOT -> p + 2 < n && t.get(p + 1).is("a") && t.get(p + 2).is("single")
                    ? new Core(0, 0L, QuantityForm.ZERO, Qualifier.EXACT, p + 3)
                    : p + 1 < n && t.get(p + 1).is("one") ? new Core(0, 0L, QuantityForm.ZERO, Qualifier.EXACT, p + 2)
                    : null;
            case BOTH -> new Core(2, 2L, QuantityForm.NUMERAL, Qualifier.EXACT, p + 1);
            case ONE_MORE -> new Core(1, 1L, QuantityForm.ARTICLE, Qualifier.EXACT, p + 1);
            case HALF -> p + 2 < n && t.get(p + 1).is("a") && t.get(p + 2).is("dozen")
                    ? new Core(6, 6L, QuantityForm.NUMERAL, Qualifier.ABOUT, p + 3)
                    : null;
            case ARTICLE -> article(t, p);
            case DOZEN -> new Core(12, 12L, QuantityForm.NUMERAL, Qualifier.EXACT, p + 1);
            case DOZENS -> vagueOf(t, p, 12);
            case SCORES -> vagueOf(t, p, 20);
            case TENS -> vagueOf(t, p, 10);
            case HUNDREDS -> vagueOf(t, p, 100);
            case THOUSANDS -> vagueOf(t, p, 1000);
            case MILLIONS -> vagueOf(t, p, 1_000_000);
            case SEVERAL -> new Core(3, 9L, QuantityForm.VAGUE, Qualifier.VAGUE, p + 1);
        };
    }

    /** The words {@link #core} reads itself; other words are number words or no count. */
    private enum CoreWord { NO, NONE, NOT, BOTH, ONE_MORE, HALF, ARTICLE, DOZEN, DOZENS, SCORES, TENS, HUNDREDS,
        THOUSANDS, MILLIONS, SEVERAL }

    /**
     * {@link CoreWord}s by their words, looked up in place: {@link #core} runs for every "a", "at" and "in" of a
     * casualty sentence, and switching on the word's string made that string.
     */
    private static final WordTable<CoreWord> CORE_WORDS = new WordTable<>(Map.ofEntries(
            Map.entry("no", CoreWord.NO), Map.entry("none", CoreWord.NONE), Map.entry("nobody", CoreWord.NONE),
            Map.entry("neither", CoreWord.NONE), Map.entry("not", CoreWord.NOT), Map.entry("both", CoreWord.BOTH),
            Map.entry("another", CoreWord.ONE_MORE), Map.entry("single", CoreWord.ONE_MORE),
            Map.entry("half", CoreWord.HALF), Map.entry("a", CoreWord.ARTICLE), Map.entry("an", CoreWord.ARTICLE),
            Map.entry("dozen", CoreWord.DOZEN), Map.entry("dozens", CoreWord.DOZENS),
            Map.entry("scores", CoreWord.SCORES), Map.entry("tens", CoreWord.TENS),
            Map.entry("hundreds", CoreWord.HUNDREDS), Map.entry("thousands", CoreWord.THOUSANDS),
            Map.entry("millions", CoreWord.MILLIONS), Map.entry("several", CoreWord.SEVERAL)));

    /** What the word after "a" or "an" makes of it; a word not here leaves the article a count of one. */
    private enum AfterArticle { DOZEN, SCALE, COUPLE, FEW, HANDFUL, NO_COUNT }

    /**
     * The words {@link #article} reads after "a", looked up in place: "a" comes in nearly every sentence, and
     * switching on the next word's string made that string.
     */
    private static final WordTable<AfterArticle> AFTER_ARTICLE = new WordTable<>(afterArticle());

    private static Map<String, AfterArticle> afterArticle() {
        Map<String, AfterArticle> m = new HashMap<>();
        m.put("dozen", AfterArticle.DOZEN);
        for (String w : List.of("hundred", "thousand", "million")) {
            m.put(w, AfterArticle.SCALE);
        }
        m.put("couple", AfterArticle.COUPLE);
        m.put("few", AfterArticle.FEW);
        m.put("handful", AfterArticle.HANDFUL);
        for (String w : List.of("number", "lot", "series", "total", "minimum", "maximum", "further", "large", "small",
                "huge", "significant", "host", "score", "group", "crowd", "mob", "team", "gang", "unit", "squad")) {
            m.put(w, AfterArticle.NO_COUNT);
        }
        return m;
    }

    private static Core article(List<Token> t, int p) {
        int n = t.size();
        if (p + 1 >= n) {
            return null;
        }
        AfterArticle next = AFTER_ARTICLE.getLower(t.get(p + 1));
        if (next == null) {
            return new Core(1, 1L, QuantityForm.ARTICLE, Qualifier.EXACT, p + 1);
        }
        switch (next) {
            case DOZEN:
                return new Core(12, 12L, QuantityForm.NUMERAL, Qualifier.EXACT, p + 2);
            case SCALE:
                NumberWords.Reading r = NumberWords.read(t, p + 1, true);
                return r == null ? null : new Core(r.value(), r.value(), QuantityForm.NUMERAL, Qualifier.EXACT, r.end());
            case COUPLE:
                return new Core(2, 3L, QuantityForm.VAGUE, Qualifier.VAGUE, p + 2);
            case FEW:
                return new Core(2, 5L, QuantityForm.VAGUE, Qualifier.VAGUE, p + 2);
            case HANDFUL:
                return new Core(3, 6L, QuantityForm.VAGUE, Qualifier.VAGUE, p + 2);
            default:
                return null; // "a number of", "a group": no count
        }
    }

    /** "dozens", "hundreds of thousands": ACLED's convention, the lowest value the word can mean. */
    private static Core vagueOf(List<Token> t, int p, long value) {
        int n = t.size();
        if (p + 2 < n && t.get(p + 1).is("of")) {
            String next = t.get(p + 2).lower();
            long scale = next.equals("thousands") ? 1000 : next.equals("millions") ? 1_000_000 : 0;
            if (scale > 0) {
                return new Core(value * scale, null, QuantityForm.VAGUE, Qualifier.VAGUE, p + 3);
            }
        }
        return new Core(value, null, QuantityForm.VAGUE, Qualifier.VAGUE, p + 1);
    }

    private static Core digits(List<Token> t, int p) {
        Token tok = t.get(p);
        if (tok.length() > 15 || isIdentifier(tok)) {
            return null;
        }
        boolean decimal = hasDot(tok);
        double value;
        if (decimal) {
            try {
                value = Double.parseDouble(tok.lower().replace(",", ""));
            } catch (NumberFormatException e) {
                return null; // "1.2.3"
            }
        } else {
            value = wholeNumber(tok);
        }
        int end = p + 1;
        int n = t.size();
        if (end < n) {
            Long scale = NumberWords.SCALE_WORDS.getLower(t.get(end));
            if (scale != null) {
                value *= scale;
                end++;
                decimal = value != Math.rint(value);
            } else if (t.get(end).is("dozen")) {
                value *= 12;
                end++;
            }
        }
        if (decimal || value > 10_000_000_000d) {
            return null;
        }
        long v = (long) value;
        return new Core(v, v, QuantityForm.NUMERAL, Qualifier.EXACT, end);
    }

    /**
     * Seven or more digits in a row, with no separator: a case, phone or record number ("Case Number: 1402090064").
     * News writes counts that large with separators or scale words ("1,402,090", "1.4 million").
     */
    private static boolean isIdentifier(Token number) {
        int run = 0;
        for (int i = 0; i < number.length(); i++) {
            run = Character.isDigit(number.lowerAt(i)) ? run + 1 : 0;
            if (run >= 7) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDot(Token number) {
        for (int i = 0; i < number.length(); i++) {
            if (number.lowerAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * The value of a number token without a dot, read in place: its digits, thousands separated by commas, at
     * most 15 characters. As {@code Double.parseDouble} reads it with the commas taken out, which is exact below
     * 2^53, but without making two strings per number.
     */
    private static double wholeNumber(Token number) {
        long v = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.lowerAt(i);
            if (c != ',') {
                v = 10 * v + (c - '0');
            }
        }
        return v;
    }

    private static Quantity between(List<Token> t, int i) {
        Core a = core(t, i + 1);
        if (a == null || a.form() != QuantityForm.NUMERAL || a.end() + 1 >= t.size()) {
            return null;
        }
        Token and = t.get(a.end());
        if (!(and.is("and") || and.is("-") || and.is("to"))) {
            return null;
        }
        Core b = core(t, a.end() + 1);
        if (b == null || b.form() != QuantityForm.NUMERAL || b.value() <= a.value() || guarded(t, a.end() + 1, b, true)) {
            return null;
        }
        return new Quantity(a.value(), a.value(), b.value(), Qualifier.RANGE, QuantityForm.NUMERAL, false, i, b.end());
    }

    private static final WordTable<List<Prefix>> PREFIXES_BY_FIRST_WORD = new WordTable<>(byFirstWord());

    private static Map<String, List<Prefix>> byFirstWord() {
        Map<String, List<Prefix>> out = new HashMap<>();
        for (Prefix p : PREFIXES) {
            out.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Prefix prefixAt(List<Token> t, int i) {
        List<Prefix> candidates = PREFIXES_BY_FIRST_WORD.getLower(t.get(i));
        if (candidates == null) {
            return null;
        }
        for (int c = 0; c < candidates.size(); c++) { // by index: the loop runs for every "a", and an iterator costs one
            Prefix prefix = candidates.get(c);
            String[] words = prefix.words();
            if (i + words.length > t.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = t.get(i + k).is(words[k]);
            }
            if (match) {
                return prefix;
            }
        }
        return null;
    }

    private static boolean guarded(List<Token> t, int p, Core core, boolean qualified) {
        int n = t.size();
        int e = core.end();
        Token first = t.get(p);
        if (e < n) {
            Token next = t.get(e);
            if (UNIT_AFTER.contains(next)) {
                return true;
            }
            if (e + 1 < n && (next.is("-") || next.is("\u2013")) && t.get(e + 1).isWord()
                    && !NumberWords.isNumberWord(t.get(e + 1))) {
                return true; // "23-year-old", "30-minute", "three-man"
            }
            if ((next.is(":") || next.is(".")) && e + 1 < n && t.get(e + 1).isNumber()) {
                return true; // "9:30", "3.5" split oddly
            }
            if (next.is("/") && e + 1 < n && t.get(e + 1).isNumber()) {
                return true; // dates and ratios
            }
        }
        if (first.isNumber() && core.form() == QuantityForm.NUMERAL && !qualified) {
            if (digitsOnly(first, 4) && core.end() == p + 1) {
                int year = (int) wholeNumber(first);
                if (year >= 1800 && year <= 2100 && !(e < n && PEOPLE.contains(t.get(e)))) {
                    return true;
                }
            }
        }
        if (first.isNumber() && core.end() == p + 1 && !qualified) {
            if (houseNumber(t, e)) {
                return true; // "8344 Twin Chapel Drive was pronounced dead"
            }
            if (first.is("911") && !(e < n && PEOPLE.contains(t.get(e)))) {
                return true; // the emergency number: "called 911 saying her nephew had been injured"
            }
            if (phoneNumber(t, p)) {
                return true; // "call (877) 288-1926", "877-288-1926"
            }
        }
        if (p > 0) {
            Token prev = t.get(p - 1);
            if (first.isNumber() && LABEL_BEFORE.contains(prev)) {
                return true;
            }
            if (first.isNumber() && core.end() == p + 1 && core.value() <= 31 && (MONTH_ABBREVIATIONS.contains(prev)
                    || prev.is(".") && p > 1 && MONTH_ABBREVIATIONS.contains(t.get(p - 2)))) {
                return true; // a day: "On Sept. 3, two men were arrested"
            }
            if ((prev.is("-") || prev.is("\u2013")) && p > 1 && t.get(p - 2).isWord()
                    && !NumberWords.isNumberWord(t.get(p - 2)) && t.get(p - 2).end() == prev.start()) {
                return true; // "AK-47", "COVID-19"; not a dateline's dash, "HOUSTON - One person was injured"
            }
            if (first.isNumber() && (prev.is("no") || prev.is("nos")) && e < n && !t.get(e).isWord()) {
                return true;
            }
            if (prev.is(",") && p > 1 && t.get(p - 2).capitalized() && first.isNumber()
                    && (e >= n || t.get(e).is(",") || t.get(e).is(")") || t.get(e).is("and"))) {
                return true; // an age after a name: "John Smith, 23, was"
            }
            if ((prev.is(":") || prev.is("/") || prev.is(".")) && p > 1 && t.get(p - 2).isNumber()) {
                return true; // the minutes of "9:30", the day of "5/12"
            }
            if (prev.is("(") && e < n && t.get(e).is(")")) {
                return true; // "(23)"
            }
        }
        return false;
    }

    /** Whether the words from {@code from} name a street: capitalized words, the last a street word. */
    private static boolean houseNumber(List<Token> t, int from) {
        int n = t.size();
        for (int k = from; k < n && k <= from + STREET_NAME_WORDS; k++) {
            Token w = t.get(k);
            if (!w.isWord() || !w.capitalized()) {
                return false;
            }
            if (k > from && STREET.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A part of a North American phone number, "(877) 288-1926" or "877-288-1926": the three digits before the
     * hyphen need an area code before them, else "500-1000 people" would be one too.
     */
    private static boolean phoneNumber(List<Token> t, int p) {
        return phoneMiddle(t, p) || p >= 2 && t.get(p - 1).is("-") && phoneMiddle(t, p - 2)
                || p + 2 < t.size() && t.get(p + 1).is("-") && phoneMiddle(t, p + 2);
    }

    /** Three digits, a hyphen and four digits, with an area code before: "(877)" or "877-". */
    private static boolean phoneMiddle(List<Token> t, int p) {
        if (!digitsOnly(t.get(p), 3) || p + 2 >= t.size() || !t.get(p + 1).is("-") || !digitsOnly(t.get(p + 2), 4)) {
            return false;
        }
        return p >= 1 && t.get(p - 1).is(")") || p >= 2 && t.get(p - 1).is("-") && digitsOnly(t.get(p - 2), 3);
    }

    private static boolean digitsOnly(Token token, int length) {
        if (token.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = token.lowerAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
