package dev.sitrep.enrich.geo.extractor;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * What the words next to a place name say about it: part of a person's name ("Michael Jordan",
 * "President Jackson"), of an organisation's ("Washington Post", "Georgia Tech"), or a word that never
 * starts one (months, weekdays). What the gazetteer and the lexicon say of a word comes through {@link TokenKeys}.
 * Stateless and thread-safe.
 */
final class ProperNounRules {

    /** Words that never begin a place name, though a gazetteer has places so named. */
    private static final WordSet NEVER_PLACES = new WordSet(0,
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "god", "christ",
            "christmas", "easter", "internet", "web", "twitter", "facebook", "google", "reddit", "english");

    /** Whole names that are buildings or institutions in the news, though a town bears them too. */
    private static final Set<String> NEVER_NAMES = hashed("white house", "pentagon", "kremlin", "capitol hill",
            "wall street", "downing street", "vatican city hall");

    /** Words that are places only as part of a longer name ("West Virginia"), never alone ("the West"). */
    private static final WordSet NEVER_ALONE = new WordSet(1,
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
            "southern", "eastern", "western", "central", "center", "centre", "middle", "upper", "lower", "federal",
            "university", "jewish", "arab", "gulf", "capitol", "city", "county", "state", "union", "republic",
            "valley", "island", "lake", "river", "park", "mount", "saint", "beach", "harbor", "bay", "hill", "hills",
            "college", "street", "avenue", "road", "metro", "area", "district", "downtown", "uptown");

    /** Capitalized words that qualify a place name without being part of a person's or firm's name. */
    private static final WordSet MODIFIERS = new WordSet(2,
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
            "southern", "eastern", "western", "central", "downtown", "greater", "metro", "metropolitan", "suburban",
            "rural", "coastal", "inner", "outer", "upper", "lower", "old", "new", "historic", "mid", "far", "deep",
            "occupied", "neighboring", "neighbouring", "war", "torn", "the", "in", "of", "from", "to", "at", "and",
            "southwestern", "southeastern", "northwestern", "northeastern", "nearby", "all", "across", "rebel",
            "former", "pro", "anti", "post", "pre", "official", "both", "with", "by", "for", "on", "a", "an");

    private static final WordSet TITLES = new WordSet(3,
            "mr", "mrs", "ms", "miss", "dr", "president", "sen", "senator", "rep", "representative", "gov", "governor",
            "gen", "judge", "justice", "coach", "officer", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain",
            "col", "colonel", "adm", "admiral", "maj", "cpl", "pvt", "chief", "rev", "reverend", "pastor", "father",
            "sister", "brother", "prof", "professor", "mayor", "king", "queen", "prince", "princess", "lord", "lady",
            "sir", "dame", "pope", "deputy", "detective", "trooper", "attorney", "secretary", "minister", "chairman",
            "commissioner", "councilman", "councilwoman", "superintendent", "sheriff", "spokesman", "spokeswoman",
            "jr", "sr", "son", "daughter", "wife", "husband", "uncle", "aunt", "dear");

    private static final WordSet ORGANISATION_WORDS = new WordSet(4,
            "post", "times", "tribune", "globe", "herald", "journal", "gazette", "chronicle", "examiner", "inquirer",
            "observer", "register", "courier", "dispatch", "bulletin", "telegraph", "tech", "university", "college",
            "institute", "academy", "company", "co", "corp", "corporation", "inc", "ltd", "llc", "bank", "airlines",
            "airways", "motors", "fc", "symphony", "orchestra", "rangers", "senators", "capitals", "nationals",
            "mariners", "pirates", "royals", "rockets", "mavericks", "stars", "cowboys", "saints", "hornets",
            "braves", "reds", "giants", "jets", "bears", "lions", "tigers", "eagles", "dolphins", "packers",
            "chiefs", "raiders", "chargers", "broncos", "texans", "titans", "colts", "ravens", "steelers", "browns",
            "bengals", "bills", "patriots", "seahawks", "cardinals", "falcons", "panthers", "buccaneers", "vikings",
            "redskins", "commanders", "lakers", "clippers", "celtics", "knicks", "nets", "bulls", "pistons", "pacers",
            "heat", "magic", "hawks", "wizards", "spurs", "grizzlies", "pelicans", "thunder", "jazz", "suns",
            "kings", "warriors", "blazers", "timberwolves", "nuggets", "raptors", "cavaliers", "bucks", "sixers",
            "yankees", "mets", "dodgers", "angels", "athletics", "astros", "cubs", "sox", "twins", "brewers",
            "phillies", "marlins", "rays", "orioles", "blue", "padres", "rockies", "diamondbacks", "canucks",
            "oilers", "flames", "canadiens", "leafs", "bruins", "sabres", "flyers", "penguins", "islanders",
            "devils", "predators", "blackhawks", "wild", "avalanche", "ducks", "sharks", "coyotes", "hurricanes",
            "lightning", "sun", "daily", "weekly", "magazine", "press", "zoo", "group", "foundation", "association",
            "society", "council", "commission", "committee", "party", "league", "conference");

    /** Capitalized words that follow a town's name when the town itself is meant: "Tyler Police", "Marion Mayor". */
    private static final WordSet PLACE_MODIFIED = new WordSet(5, "police", "county", "city", "council", "school", "schools",
            "high", "middle", "elementary", "fire", "department", "mayor", "municipal", "regional", "memorial",
            "hospital", "airport", "road", "street", "avenue", "area", "township", "public", "community", "college",
            "university", "library", "park", "church", "court", "chamber", "board", "commission", "district",
            "region", "station", "club", "center", "centre", "state", "residents", "man", "woman", "native",
            "officials", "utilities", "water", "housing", "planning", "zoning", "town", "village", "borough",
            "metro", "downtown", "square", "mall", "plaza", "heights", "falls", "lake", "river", "harbor", "port");

    /**
     * Capitalized words that make a place's name a street's: "Topeka Boulevard", "Salem St."; "St." only where
     * no name follows ("St. Louis").
     */
    private static final WordSet STREET_WORDS = new WordSet(6, "street", "saint", "road", "rd", "drive", "avenue",
            "ave", "boulevard", "blvd", "lane", "ln", "terrace", "circle");

    /** What is dedicated to a saint: "St. Luke's Hospital", "St. Mary's College", "St. Andrew's Day". */
    private static final WordSet DEDICATED = new WordSet(7, "hospital", "church", "cathedral", "chapel", "basilica",
            "abbey", "school", "college", "university", "academy", "day", "parish", "episcopal", "catholic",
            "medical", "health", "cemetery", "home", "hall", "center", "centre", "orthodox", "coptic", "anglican",
            "lutheran", "methodist", "presbyterian", "baptist", "united", "union", "memorial", "high", "elementary",
            "primary", "youth", "retirement");

    /** Words after which a name is a place: "in Georgia", "flew to Jordan". */
    private static final WordSet LOCATIVES = new WordSet(8, "in", "into", "to", "from", "near", "across", "throughout",
            "outside", "around", "toward", "towards", "at", "via");

    /** Words people do and places seldom do, when the place is only a town: "Jones said". */
    private static final WordSet SPEECH = new WordSet(9, "said", "says", "told", "added", "wrote", "explained", "noted",
            "testified", "argued", "stated", "asked", "recalled", "replied", "admitted", "insisted", "announced");

    /** Hash sets: these are probed for most capitalized words, where they beat immutable sets' probing. */
    private static Set<String> hashed(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    boolean neverStartsName(TokenKeys k, int i) {
        return NEVER_PLACES.contains(k, i);
    }

    boolean neverName(String key) {
        return NEVER_NAMES.contains(key);
    }

    /** The second half of a hyphenated name whose first half is no place: "Wal-Mart", "Coca-Cola". */
    boolean compoundTail(TokenKeys k, int first) {
        Tokens t = k.tokens();
        int prev = first - 1;
        return prev >= 0 && t.is(first, Tokens.HYPHENATED) && t.capitalized(prev) && k.matches(prev).isEmpty();
    }

    boolean neverAlone(TokenKeys k, int first, int last) {
        return first == last && NEVER_ALONE.contains(k, first);
    }

    /**
     * A common word joined to another capitalized word is part of a longer name: "Taco Bell", "Concordia
     * College", "United Russia", "Old Man".
     */
    boolean partOfLongerName(TokenKeys k, int first, int last, boolean commonWord) {
        Tokens t = k.tokens();
        int prev = first - 1;
        if (prev >= 0 && t.is(first, Tokens.JOINED) && !t.is(first, Tokens.HYPHENATED) && !t.is(first, Tokens.SENTENCE_START)
                && t.capitalized(prev)
                && !t.is(prev, Tokens.ALL_CAPS) && !t.is(prev, Tokens.SENTENCE_START)) {
            if (!MODIFIERS.contains(k, prev) && k.englishWord(prev) && k.matches(prev).isEmpty()) {
                return true;
            }
            if (commonWord && !MODIFIERS.contains(k, prev)) {
                return true;
            }
        }
        int next = last + 1;
        return commonWord && next < t.size() && t.is(next, Tokens.JOINED) && t.capitalized(next)
                && !t.is(next, Tokens.ALL_CAPS);
    }

    /** A single common English word ("Reading"); acronyms ("US", "U.S.") are not words. */
    boolean commonWord(TokenKeys k, int first, int last) {
        Tokens t = k.tokens();
        if (first != last || t.is(first, Tokens.ALL_CAPS) && t.end(first) - t.start(first) <= 4) {
            return false;
        }
        // the tokenizer tells most words free of periods; only the others are read
        return (t.is(first, Tokens.ASCII_LETTERS) || !hasDot(t.text(), t.start(first), t.end(first)))
                && k.englishWord(first);
    }

    /** Whether {@code text[from, to)} holds a full stop; looks no further, however long the text. */
    private static boolean hasDot(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /** An organisation's name begins with the place: "Washington Post", "Georgia Tech University". */
    boolean organisation(TokenKeys k, int last) {
        Tokens t = k.tokens();
        int next = last + 1;
        return next < t.size() && t.is(next, Tokens.JOINED) && t.capitalized(next)
                && ORGANISATION_WORDS.contains(k, next);
    }

    /**
     * A saint's name heading what is dedicated to the saint: "St. Luke's Hospital", "St. Andrew Youth
     * Shelter", "St. Andrew's Day". Where the name is also a big town's, only a word of that kind
     * tells ("St. Petersburg's port" is the city's); "St. John's, Newfoundland" stays a place.
     */
    boolean dedicatedToSaint(TokenKeys k, String key, int last, boolean bigTown) {
        Tokens t = k.tokens();
        int next = last + 1;
        if (!key.startsWith("saint ") || next >= t.size() || !t.capitalized(next) || t.is(next, Tokens.SENTENCE_START)
                || t.is(next, Tokens.ALL_CAPS)) {
            return false;
        }
        String text = t.text();
        int e = t.end(last);
        boolean possessive = t.start(next) == e + 3 && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == 'S') && text.charAt(e + 2) == ' ';
        if (!possessive && !t.is(next, Tokens.JOINED)) {
            return false;
        }
        if (DEDICATED.contains(k, next)) {
            return true;
        }
        return !bigTown && (possessive || k.englishWord(next) && !PLACE_MODIFIED.contains(k, next)
                && !MODIFIERS.contains(k, next));
    }

    /** A firm's name of two names joined by an ampersand: "Harper & Lyle", "Marks & Spencer". */
    boolean firm(TokenKeys k, int first, int last) {
        Tokens t = k.tokens();
        return last + 1 < t.size() && t.capitalized(last + 1) && ampersandBetween(t, last, last + 1)
                || first > 0 && t.capitalized(first - 1) && ampersandBetween(t, first - 1, first);
    }

    private static boolean ampersandBetween(Tokens t, int a, int b) {
        String text = t.text();
        int s = t.end(a);
        int e = t.start(b);
        return e - s == 3 && text.charAt(s) == ' ' && text.charAt(s + 1) == '&' && text.charAt(s + 2) == ' ';
    }

    /** A title stands before the name: "President Jackson", "Sen. Lincoln". */
    boolean titleBefore(TokenKeys k, int first) {
        Tokens t = k.tokens();
        return first > 0 && t.is(first, Tokens.JOINED) && !t.is(first, Tokens.SENTENCE_START) && TITLES.contains(k, first - 1);
    }

    /**
     * A title or a given name stands before the place name: "President Jackson", "Michael Jordan", also across a
     * middle initial or middle name: "Lt. Dana R. Nelson", "Marcus Dwayne Jones". A given name that is also a
     * town's ("Troy") counts before a name that is only a town's: "Troy Jones" is a person, "Austin Texas"
     * is not.
     */
    boolean personBefore(TokenKeys k, int first, boolean townOnly) {
        Tokens t = k.tokens();
        if (afterInitial(t, first)) {
            // a capitalized word, a middle initial, a name: "Tavonne K. Bell", "Lt. Dana R. Nelson"
            int initial = first - 1;
            return joinedToPrevious(t, initial) && t.capitalized(initial - 1) && !t.is(initial - 1, Tokens.ALL_CAPS);
        }
        if (!joinedToPrevious(t, first)) {
            return false;
        }
        int prev = first - 1;
        if (TITLES.contains(k, prev)
                || t.capitalized(prev) && !t.is(prev, Tokens.ALL_CAPS) && k.givenName(prev) && !place(k, prev)) {
            return true;
        }
        boolean prevGiven = givenName(k, prev);
        if (prevGiven && joinedToPrevious(t, prev) && (TITLES.contains(k, prev - 1) || givenName(k, prev - 1))) {
            return true;
        }
        if (townOnly && prevGiven && !(joinedToPrevious(t, prev) && t.capitalized(prev - 1))) {
            return true;
        }
        return properNoun(k, prev);
    }

    private static boolean joinedToPrevious(Tokens t, int i) {
        return i > 0 && t.is(i, Tokens.JOINED) && !t.is(i, Tokens.HYPHENATED) && !t.is(i, Tokens.SENTENCE_START);
    }

    /** A given name that is no common word nor a word that qualifies places ("Troy", not "Cherry" or "West"). */
    private boolean givenName(TokenKeys k, int i) {
        Tokens t = k.tokens();
        return t.capitalized(i) && !t.is(i, Tokens.ALL_CAPS) && k.givenName(i) && !MODIFIERS.contains(k, i)
                && !k.englishWord(i);
    }

    /**
     * The word follows a middle initial ("A. Nelson"): one capital letter, its period and one blank, which the
     * tokenizer takes for a full stop.
     */
    private static boolean afterInitial(Tokens t, int i) {
        if (i < 2) {
            return false;
        }
        int s = t.start(i - 1);
        int e = t.end(i - 1);
        String text = t.text();
        return e - s == 1 && Character.isUpperCase(text.charAt(s)) && t.start(i) == e + 2 && text.charAt(e) == '.'
                && text.charAt(e + 1) == ' ';
    }

    /**
     * A street's name: the place name is followed by a capitalized street word, not by a number ("Otter Tail
     * County Road 80" names the county).
     */
    boolean street(TokenKeys k, int last) {
        Tokens t = k.tokens();
        int next = last + 1;
        if (next >= t.size() || !t.is(next, Tokens.JOINED) || !t.capitalized(next) || t.is(next, Tokens.ALL_CAPS)
                || !STREET_WORDS.contains(k, next)) {
            return false;
        }
        int after = next + 1;
        boolean joinedAfter = after < t.size() && t.is(after, Tokens.JOINED);
        if (joinedAfter && t.is(after, Tokens.HAS_DIGIT)) {
            return false;
        }
        return !k.key(next).equals("saint") || !(joinedAfter && t.capitalized(after));
    }

    /** One word that is a given name: "Georgia" in "Georgia Kowalski". */
    boolean givenNameAlone(TokenKeys k, int first, int last) {
        return first == last && !k.tokens().is(first, Tokens.ALL_CAPS) && k.givenName(first);
    }

    /** A locative preposition stands right before the name: "in Georgia". */
    boolean afterLocative(TokenKeys k, int first) {
        Tokens t = k.tokens();
        int prev = first - 1;
        return prev >= 0 && t.is(first, Tokens.JOINED) && !t.capitalized(prev) && LOCATIVES.contains(k, prev);
    }

    /** A town name followed by "said" is a person: "Jones said". */
    boolean speaker(TokenKeys k, int last) {
        Tokens t = k.tokens();
        int next = last + 1;
        return next < t.size() && t.is(next, Tokens.JOINED) && !t.capitalized(next) && SPEECH.contains(k, next);
    }

    /**
     * A surname follows the place name: "Jordan Peterson", "Sydney Crosby"; after a given name that is only a
     * town's name, even a surname that is also a word: "Donald Trump".
     */
    boolean personAfter(TokenKeys k, int first, int last, boolean townOnly) {
        Tokens t = k.tokens();
        int next = last + 1;
        if (next >= t.size() || !t.is(next, Tokens.JOINED) || t.is(next, Tokens.HYPHENATED)) {
            return false;
        }
        if (properNoun(k, next)) {
            return true;
        }
        // a dateline in capitals is no given name: "WASHINGTON Daniel Kessler filed..."
        return first == last && !t.is(first, Tokens.ALL_CAPS) && k.givenName(first) && t.capitalized(next)
                && !t.is(next, Tokens.ALL_CAPS)
                && (townOnly && !PLACE_MODIFIED.contains(k, next) || !k.englishWord(next))
                && t.end(next) - t.start(next) > 2;
    }

    /** A capitalized word that is neither a common word, a place, an abbreviation nor a month. */
    private boolean properNoun(TokenKeys k, int i) {
        Tokens t = k.tokens();
        if (!t.capitalized(i) || t.is(i, Tokens.ALL_CAPS) || t.is(i, Tokens.HAS_DIGIT)) {
            return false;
        }
        String key = k.key(i);
        int len = t.end(i) - t.start(i);
        if (len < 3 || t.text().charAt(t.end(i) - 1) == '.' || key.indexOf(' ') >= 0) {
            return false;
        }
        return !k.englishWord(i) && !NEVER_PLACES.contains(k, i) && !place(k, i);
    }

    private static boolean place(TokenKeys k, int i) {
        return !k.matches(i).isEmpty() || k.isPrefix(i);
    }
}
