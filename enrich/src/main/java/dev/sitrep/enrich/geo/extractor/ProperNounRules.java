package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.Gazetteer;

import java.util.Set;

/**
 * What the words next to a place name say about it: part of a person's name ("Michael Jordan",
 * "President Jackson"), of an organisation's ("Washington Post", "Georgia Tech"), or a word that never
 * starts one (months, weekdays). Stateless and thread-safe.
 */
final class ProperNounRules {

    private static final Set<String> NEVER_PLACES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "god", "christ",
            "christmas", "easter", "internet", "web", "twitter", "facebook", "google", "reddit");

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "president", "sen", "senator", "rep", "representative", "gov", "governor",
            "gen", "judge", "justice", "coach", "officer", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain",
            "col", "colonel", "adm", "admiral", "maj", "cpl", "pvt", "chief", "rev", "reverend", "pastor", "father",
            "sister", "brother", "prof", "professor", "mayor", "king", "queen", "prince", "princess", "lord", "lady",
            "sir", "dame", "pope", "deputy", "detective", "trooper", "attorney", "secretary", "minister", "chairman",
            "commissioner", "councilman", "councilwoman", "superintendent", "sheriff", "spokesman", "spokeswoman",
            "jr", "sr", "son", "daughter", "wife", "husband", "uncle", "aunt", "dear");

    private static final Set<String> ORGANISATION_WORDS = Set.of(
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
            "lightning", "sun", "daily", "weekly", "magazine", "press", "zoo");

    private final Gazetteer gazetteer;
    private final EnglishWords english;

    ProperNounRules(Gazetteer gazetteer, EnglishWords english) {
        this.gazetteer = gazetteer;
        this.english = english;
    }

    boolean neverStartsName(TokenKeys k, int i) {
        return NEVER_PLACES.contains(k.key(i));
    }

    boolean commonWord(TokenKeys k, int first, int last) {
        return first == last && english.contains(k.key(first));
    }

    /** An organisation's name begins with the place: "Washington Post", "Georgia Tech University". */
    boolean organisation(TokenKeys k, int last) {
        Tokens t = k.tokens();
        int next = last + 1;
        return next < t.size() && t.is(next, Tokens.JOINED) && t.capitalized(next)
                && ORGANISATION_WORDS.contains(k.key(next));
    }

    /** A title or a given name stands before the place name: "President Jackson", "Michael Jordan". */
    boolean personBefore(TokenKeys k, int first) {
        Tokens t = k.tokens();
        if (first == 0 || !t.is(first, Tokens.JOINED) || t.is(first, Tokens.SENTENCE_START)) {
            return false;
        }
        int prev = first - 1;
        String key = k.key(prev);
        if (TITLES.contains(key)) {
            return true;
        }
        return properNoun(k, prev);
    }

    /** A surname follows the place name: "Jordan Peterson", "Paris Hilton". */
    boolean personAfter(TokenKeys k, int last) {
        Tokens t = k.tokens();
        int next = last + 1;
        return next < t.size() && t.is(next, Tokens.JOINED) && properNoun(k, next);
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
        return !english.contains(key) && !NEVER_PLACES.contains(key) && gazetteer.lookup(key).isEmpty()
                && !gazetteer.isPrefix(key);
    }
}
