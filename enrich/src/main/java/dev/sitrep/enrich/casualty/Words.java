package dev.sitrep.enrich.casualty;

import dev.sitrep.enrich.text.WordSet;
import dev.sitrep.enrich.text.Token;

import java.util.Set;

/** Closed word classes the casualty passes read around a casualty word. */
final class Words {

    static final WordSet BE = WordSet.of("was", "were", "is", "are", "been", "be", "being", "get", "got", "gets",
            "getting", "gotten", "became", "become", "'s");

    static final WordSet SINGULAR_AUX = WordSet.of("was", "is", "has", "'s");

    /** Words between a subject and its verb that change nothing: "were reportedly later found". */
    static final WordSet AUX_FILLER = WordSet.of("have", "has", "had", "having", "reportedly", "allegedly",
            "also", "later", "reported", "confirmed", "believed", "feared", "presumed", "thought", "said", "found",
            "left", "all", "who", "that", "which", "then", "subsequently", "eventually", "instantly", "immediately",
            "each", "to", "now", "since", "already", "apparently", "initially", "officially", "respectively",
            "were", "was", "is", "are", "been", "be", "being", "get", "got", "gets", "getting", "gotten", "became",
            "become", "'s", "still", "just", "soon", "too", "as", "well", "both", "either", "ultimately",
            "tragically", "sadly", "unfortunately", "pronounced", "declared", "listed");

    static final WordSet NEGATORS = WordSet.of("not", "never", "n't", "neither", "nor", "without", "no", "none",
            "nobody", "cannot");

    static final WordSet MODALS = WordSet.of("would", "could", "might", "may", "will", "shall", "should", "can",
            "must", "'ll", "wo", "ca", "'d");

    /** Verbs and nouns before "to" that put what follows in the future or the hypothetical. */
    static final WordSet INTENT = WordSet.of("threatened", "threatening", "threatens", "threaten", "threat",
            "threats", "vowed", "vows", "vowing", "vow", "plan", "plans", "planned", "planning", "plot", "plots",
            "plotted", "plotting", "attempt", "attempts", "attempted", "attempting", "tried", "trying", "try",
            "tries", "want", "wants", "wanted", "wanting", "intend", "intends", "intended", "intending", "intent",
            "intention", "aim", "aims", "aimed", "aiming", "seek", "seeks", "seeking", "sought", "going", "order",
            "orders", "ordered", "conspiracy", "conspired", "conspiring", "bid", "warned", "warning", "designed",
            "meant", "ready", "likely", "expected", "able", "enough", "set", "hoped", "hoping", "decided", "agreed",
            "promised", "pledged", "used", "about", "prepared", "preparing", "allegedly", "wished",
            "urged", "calls", "called", "call", "ordering", "hired", "paid", "solicit", "solicitation", "asked",
            "failed", "fail", "fails", "refused", "effort", "efforts");

    /** Words that end a noun phrase when reading outwards from a casualty word. */
    static final WordSet STOP = WordSet.of("in", "on", "at", "by", "for", "with", "from", "into", "onto", "during",
            "after", "before", "near", "since", "when", "while", "as", "than", "across", "against", "among", "amid",
            "amidst", "around", "through", "throughout", "under", "over", "between", "within", "without", "along",
            "towards", "toward", "upon", "per", "via", "about", "despite", "following", "outside", "inside",
            "behind", "beside", "beyond", "until", "till", "like", "and", "or", "but", "whereas", "because",
            "although", "though", "if", "unless", "so", "yet", "nor", "where", "said", "says", "say", "told",
            "tells", "reported", "according", "who", "which", "that", "whom", "whose", "they", "we", "i", "you",
            "it", "there", "this", "these", "those", "here", "what", "how", "why", "is", "are", "was", "were",
            "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "can",
            "may", "might", "should", "shall", "must", "including", "included", "includes", "include", "also",
            "to", "yesterday", "today", "tonight", "overnight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "last", "earlier", "later", "then", "now", "killed",
            "dead", "died", "injured", "wounded", "shot", "arrested", "abducted", "kidnapped", "missing", "not",
            "up", "out", "down", "off", "away", "back", "ago", "i'm", "we're", "they're", "you're", "pronounced",
            "declared", "identified", "named", "found");

    static final WordSet PRONOUN_ONE = WordSet.of("he", "she", "him", "her", "himself", "herself");

    static final WordSet DEFINITE = WordSet.of("the", "his", "her", "their", "its", "our", "this", "that", "whose");

    static final WordSet ADDITIVE = WordSet.of("another", "other", "others", "more", "additional", "second",
            "third", "fourth", "fifth", "further", "also", "separately", "separate");

    /** Nouns with no plural "s" that still name several people. */
    static final WordSet PLURAL_NOUNS = WordSet.of("people", "men", "women", "children", "police", "personnel",
            "staff", "folk", "folks", "youth", "troops", "crew", "family", "militia", "gentry", "clergy", "cattle",
            "livestock", "couple", "pair", "others", "dozens", "hundreds");

    /** Heads of a counted phrase that are not people: a count of these is no casualty. */
    static final WordSet NOT_PEOPLE = WordSet.of("cattle", "cows", "cow", "goats", "goat", "sheep", "livestock",
            "animals", "animal", "dogs", "dog", "camels", "camel", "donkeys", "horses", "horse", "chickens",
            "birds", "fish", "pigs", "pig", "elephants", "lions", "rhinos", "houses", "house", "homes", "vehicles",
            "vehicle", "cars", "car", "buildings", "building", "huts", "shops", "trees", "crops", "acres",
            "hectares", "tons", "tonnes", "rounds", "shots", "bullets", "shells", "times", "minutes", "hours",
            "days", "weeks", "months", "years", "cases", "tests", "attacks", "incidents", "head", "heads",
            "kilograms", "kilos", "kg", "grams", "guns", "firearms", "weapons", "rifles", "pistols", "handguns",
            "bags", "doses", "dollars", "million", "percent", "complaints", "charges", "counts", "warrants",
            "reports", "calls", "bikes", "motorbikes", "motorcycles", "boats", "planes", "aircraft", "drones",
            "tanks", "positions", "posts", "checkpoints", "villages", "towns", "locations", "districts",
            "sites", "properties", "structures", "businesses", "stores", "points", "votes", "seats", "pages",
            "warrant", "search", "order", "orders", "plan", "plans", "operation", "raid", "deal", "contract",
            "agreement", "cougar", "cougars", "bear", "bears", "deer", "wolf", "wolves", "coyote", "coyotes",
            "gun", "rifle", "pistol", "weapon", "firearm", "shotgun", "handgun", "9mm", "hospital", "center",
            "centre", "clinic", "scene", "residence", "apartment", "street", "road", "avenue", "area", "home",
            "round", "bullet", "shell", "rocket", "missile", "bomb", "grenade", "tire", "tires",
            "window", "windows", "door", "doors", "wall", "walls", "bus", "buses", "scenes", "trail", "boxer",
            "pitbull", "puppy", "cat", "cats", "fiance's", "pet", "pets", "bull", "bulls", "puppies", "kitten",
            "kittens", "mule", "mules", "buffalo", "buffaloes", "oxen", "poultry", "hens", "wildlife",
            "stomach", "chest", "leg", "legs", "arm", "arms", "neck", "abdomen", "shoulder", "shoulders", "hand",
            "hands", "foot", "feet", "face", "torso", "thigh", "thighs", "buttocks", "hip", "back", "knee", "ankle");

    /** Degree adverbs after "not" that keep the casualty: "not seriously injured" is still injured. */
    static final WordSet DEGREE = WordSet.of("seriously", "critically", "severely", "gravely", "badly",
            "life", "immediately", "yet", "only");

    private Words() {
    }

    /** Words in "-ly" that are no adverbs. */
    private static final WordSet NOT_ADVERBS = WordSet.of("family", "rally", "assembly", "only", "ally", "bully",
            "elderly");

    static boolean isAdverb(Token t) {
        if (!t.isWord() || t.capitalized()) {
            return false;
        }
        if (!t.ascii()) {
            String w = t.lower();
            return w.length() > 4 && w.endsWith("ly") && !NOT_ADVERBS.contains(w);
        }
        return t.length() > 4 && t.endsWith("ly") && !NOT_ADVERBS.contains(t);
    }

    /** Past participles without "-ed" that news writes before "and": "was beaten and stabbed to death". */
    private static final WordSet IRREGULAR_PARTICIPLES = WordSet.of("shot", "beaten", "hit", "struck", "taken",
            "thrown", "bound", "caught", "held", "cut", "run", "stolen", "tied", "driven", "given", "seen");

    /** A lower-case past participle: "attacked", "stoned", "beaten". */
    static boolean isParticiple(Token t) {
        if (!t.isWord() || t.capitalized()) {
            return false;
        }
        return t.length() > 4 && t.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(t);
    }

    /**
     * Whether the tokens ending at {@code k} are a participle and "and" coordinated after a form of "be", so that
     * the verb after them shares its subject: "a man was attacked and beaten to death".
     */
    static boolean coordinatedParticiple(SentenceTokens s, int k) {
        return k >= 2 && s.get(k).is("and") && isParticiple(s.get(k - 1)) && BE.contains(s.get(k - 2));
    }

    static boolean isNegator(Token t) {
        return NEGATORS.contains(t) || t.endsWith("n't");
    }

    /** A negator that denies the word after it, not just its degree ("not seriously injured"). */
    static boolean denies(SentenceTokens s, int k) {
        return isNegator(s.get(k)) && !(k + 1 < s.size() && DEGREE.contains(s.get(k + 1)));
    }

    static boolean isStop(Token t) {
        return t.isPunct() ? !(t.is("-") || t.is("'") || t.is("\u2019") || t.is("/")) : STOP.contains(t);
    }

    static boolean isSingularNoun(String w) {
        if (PLURAL_NOUNS.contains(w)) {
            return false;
        }
        return !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is");
    }
}
