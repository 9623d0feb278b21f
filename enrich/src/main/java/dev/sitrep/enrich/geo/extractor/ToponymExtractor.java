package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.gazetteer.Gazetteer;
import dev.sitrep.enrich.geo.gazetteer.NameKind;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.text.WordTokenizer;
import dev.sitrep.enrich.text.WordTokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds place names: runs of capitalized words (with the lowercase links names contain, "Rio de Janeiro")
 * looked up longest first in the gazetteer, demonyms included. Names that the words around show to be
 * people, organisations or common words are left out. Thread-safe.
 */
public final class ToponymExtractor {

    /** Longest name tried, in words. */
    private static final int MAX_WORDS = 6;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final ProperNounRules rules;
    /** Each thread's recent words with what this gazetteer and lexicon say of them: see {@link TokenKeys}. */
    private final ThreadLocal<TokenKeys.WordCache> wordCache = ThreadLocal.withInitial(TokenKeys.WordCache::new);

    public ToponymExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.rules = new ProperNounRules();
    }

    /** Place names of one field, in text order. */
    public List<NameMention> extract(String text, TextField field) {
        return extract(WordTokenizer.tokenize(text), field);
    }

    /** Place names of one field, given as its word tokens, in text order. */
    public List<NameMention> extract(WordTokens words, TextField field) {
        Tokens t = new Tokens(words);
        TokenKeys k = new TokenKeys(t, gazetteer, lexicon, wordCache.get());
        List<NameMention> out = new ArrayList<>();
        List<Unsure> unsure = new ArrayList<>();
        Set<String> givenNames = new HashSet<>();
        Set<String> personKeys = new HashSet<>();
        // whether some name tried is known only by weak names: the last step, which weighs those, runs only then
        boolean weakSeen = false;
        int i = 0;
        while (i < t.size()) {
            if (!t.capitalized(i) || t.is(i, Tokens.HAS_DIGIT)
                    || t.keyHash(i) != 0 && !gazetteer.mayBeginName(t.keyHash(i))) {
                i++;
                continue;
            }
            if (beginsNoName(t, i)) {
                i++;
                continue;
            }
            int bestEnd = -1;
            List<NameMatch> best = List.of();
            String bestKey = null;
            String key = k.key(i);
            // key.hashCode(), kept as the key grows: the tokenizer's hash of a plain word spares reading its key
            int keyHash = t.keyHash(i) != 0 ? t.keyHash(i) : key.hashCode();
            int j = i;
            // one word's matches and prefix come through TokenKeys, which keeps them for words met before
            while (true) {
                if (key.length() > 1 && (j == i || t.capitalized(j))) {
                    List<NameMatch> found = j == i ? k.matches(i) : gazetteer.lookup(key);
                    if (!found.isEmpty()) {
                        bestEnd = j;
                        best = found;
                        bestKey = key;
                    }
                }
                if (j + 1 >= t.size() || j + 1 - i >= MAX_WORDS || !t.is(j + 1, Tokens.JOINED)
                        || !(j == i ? k.isPrefix(i) : gazetteer.isPrefix(key))) {
                    break;
                }
                int joined = joinedHash(keyHash, k, j + 1);
                if (!gazetteer.mayBeNameOrPrefix(joined)) {
                    break; // the longer key is no name and no prefix of one: the loop would find nothing and stop there
                }
                j++;
                key = key + ' ' + k.key(j);
                keyHash = joined;
            }
            if (bestEnd < 0 || rules.neverStartsName(k, i)) {
                i++;
                continue;
            }
            // a one-word name's traits are kept with its word, for the next article that names it
            int traits = bestEnd == i ? k.traits(i) : MatchTraits.of(best);
            weakSeen |= any(traits, MatchTraits.WEAK_ONLY);
            NameMention m = mention(k, i, bestEnd, bestKey, best, traits, field, unsure, givenNames, false);
            if (m != null && m.cues().person()) {
                if (any(traits, MatchTraits.TOWNS_ONLY | MatchTraits.MINOR_REGIONS_ONLY)
                        && !any(traits, MatchTraits.BIG_CITY_AMONG) || rules.titleBefore(k, i)) {
                    personKeys.add(m.key());
                }
            } else if (m != null) {
                out.add(m);
            }
            i = bestEnd + 1;
        }
        if (!unsure.isEmpty()) {
            addSupported(k, field, unsure, givenNames, out);
        }
        if (!personKeys.isEmpty()) {
            removeKeys(out, personKeys);
        }
        return weakSeen ? withoutUnsupportedWeakNames(out) : out;
    }

    /**
     * A common word that opens a sentence ("Turkey has denied...", "China is...") is a place when the
     * field names the same place elsewhere, where its capital letter tells: "Turkish troops", "in China". Alone it
     * stays a word ("Turkey should rest before carving").
     */
    private void addSupported(TokenKeys k, TextField field, List<Unsure> unsure, Set<String> givenNames,
            List<NameMention> out) {
        // a field names a few dozen places at most: a plain array of their ids is searched faster than a set is built
        long[] named = new long[out.size()];
        for (int i = 0; i < named.length; i++) {
            named[i] = out.get(i).matches().get(0).place().id();
        }
        boolean added = false;
        for (Unsure u : unsure) {
            if (contains(named, u.matches().get(0).place().id())) {
                NameMention m = mention(k, u.first(), u.last(), u.key(), u.matches(), u.traits(), field, unsure, givenNames,
                        true);
                if (m != null && !m.cues().person()) {
                    out.add(m);
                    added = true;
                }
            }
        }
        if (added) {
            out.sort(Comparator.comparingInt(NameMention::start));
        }
    }

    /** Removes the mentions of these keys, keeping the order of the others. */
    private static void removeKeys(List<NameMention> mentions, Set<String> keys) {
        int kept = 0;
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            if (!keys.contains(m.key())) {
                mentions.set(kept++, m);
            }
        }
        mentions.subList(kept, mentions.size()).clear();
    }

    /**
     * {@code (key + ' ' + k.key(next)).hashCode()}, without the string, for a key of hash {@code keyHash}: most keys
     * so extended are ruled out by it. A plain word's hash and length come from its token, so that a word that only
     * follows a name's first word ("The incident") is ruled out without its key looked up.
     */
    private static int joinedHash(int keyHash, TokenKeys k, int next) {
        Tokens t = k.tokens();
        int nextHash = t.keyHash(next);
        if (nextHash != 0 && t.is(next, Tokens.ASCII_LETTERS)) {
            // a plain word's key is the word in lower case, as long as the token ("Ste." has a hash, not the length)
            return joinedHash(keyHash, t.end(next) - t.start(next), nextHash);
        }
        String word = k.key(next);
        return joinedHash(keyHash, word.length(), word.hashCode());
    }

    /**
     * Whether the plain word at {@code i} surely begins no name, told by hashes alone: it is no name itself, and the
     * word after it (if joined to it) makes no name and no prefix of one with it: "The" before "incident", "New"
     * before "Police". Of the 35 capitalized words of an article of real news (LGL) that pass
     * {@link Gazetteer#mayBeginName}, ten are such, and ruling them out here spares reading their key and what the
     * gazetteer said of it, a cache miss or two each. Exact: the loop in {@link #extract} would find nothing from
     * them, since it looks keys up and extends them through the same pre-checks of the same hashes.
     */
    private boolean beginsNoName(Tokens t, int i) {
        int hash = t.keyHash(i);
        if (hash == 0 || gazetteer.mayBeName(hash)) {
            return false;
        }
        int next = i + 1;
        if (next >= t.size() || !t.is(next, Tokens.JOINED)) {
            return true;
        }
        int nextHash = t.keyHash(next);
        if (nextHash == 0 || !t.is(next, Tokens.ASCII_LETTERS)) {
            return false;
        }
        return !gazetteer.mayBeNameOrPrefix(joinedHash(hash, t.end(next) - t.start(next), nextHash));
    }

    /** The hash of a key of hash {@code keyHash}, a blank and a word of this length and hash. */
    private static int joinedHash(int keyHash, int nextLength, int nextHash) {
        int h = 31 * keyHash + ' ';
        for (int i = 0; i < nextLength; i++) {
            h *= 31;
        }
        return h + nextHash;
    }

    private static boolean contains(long[] ids, long id) {
        for (long x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }

    /** A sentence-initial common word that is also a place's name, set aside until the field shows which it is. */
    private record Unsure(int first, int last, String key, List<NameMatch> matches, int traits) {
    }

    /**
     * The mention at these tokens, or null; a sentence-initial common word goes to {@code unsure} instead, unless
     * the field already showed it {@code supported}. A name the field gave someone as a given name ("Georgia
     * Kowalski") is that person later on ("Georgia skates in Calgary") unless the words around make it a place
     * again ("in Georgia", "Georgia, U.S."); {@code givenNames} collects such names in text order.
     */
    private NameMention mention(TokenKeys k, int first, int last, String key, List<NameMatch> matches, int traits,
            TextField field, List<Unsure> unsure, Set<String> givenNames, boolean supported) {
        Tokens t = k.tokens();
        boolean sentenceStart = t.is(first, Tokens.SENTENCE_START);
        boolean common = rules.commonWord(k, first, last);
        boolean commaAfter = last + 1 < t.size() && t.is(last + 1, Tokens.AFTER_COMMA);
        boolean afterComma = t.is(first, Tokens.AFTER_COMMA);
        if (any(traits, MatchTraits.WEAK_ONLY) && abbreviation(key, t, first, last) && !afterComma) {
            return null;
        }
        if (!supported && common && (sentenceStart || t.is(first, Tokens.ALL_CAPS)) && !commaAfter && !afterComma) {
            unsure.add(new Unsure(first, last, key, matches, traits));
            return null;
        }
        if (rules.neverAlone(k, first, last) || rules.neverName(key) || rules.compoundTail(k, first)) {
            return null;
        }
        if (any(traits, MatchTraits.DEMONYMS_ONLY)) {
            return new NameMention(field, t.start(first), t.end(last), t.text().substring(t.start(first), t.end(last)),
                    key, matches, NameMention.Cues.of(sentenceStart, common, commaAfter, false, false));
        }
        if (rules.organisation(k, last)
                || key.startsWith("saint ") && rules.dedicatedToSaint(k, key, last,
                        any(traits, MatchTraits.SPEAKING_TOWN_AMONG))
                || any(traits, MatchTraits.TOWNS_ONLY) && rules.firm(k, first, last)) {
            return null;
        }
        // only towns or minor regions: a name that people bear more often than the news names the place
        boolean surname = any(traits, MatchTraits.TOWNS_ONLY | MatchTraits.MINOR_REGIONS_ONLY);
        if (rules.personAfter(k, first, last, surname)) {
            if (rules.givenNameAlone(k, first, last)) {
                givenNames.add(key);
            }
            return null;
        }
        if (rules.partOfLongerName(k, first, last, common)
                || givenNames.contains(key) && !commaAfter && !afterComma && !rules.afterLocative(k, first)) {
            return null;
        }
        // the traits first: most names are more than small towns', and then the word after is not read
        boolean person = rules.personBefore(k, first, surname) || any(traits, MatchTraits.SMALL_TOWNS_ONLY) && rules.speaker(k, last);
        return new NameMention(field, t.start(first), t.end(last), t.text().substring(t.start(first), t.end(last)),
                key, matches, NameMention.Cues.of(sentenceStart, common, commaAfter, person,
                any(traits, MatchTraits.TOWNS_ONLY) && rules.street(k, last)));
    }

    /**
     * A name that only abbreviates or shortens a place ("Avoyelles" for Avoyelles Parish) stands when it follows a
     * comma or when the article also names the place in full; alone it is more often a surname ("Scott").
     */
    private static List<NameMention> withoutUnsupportedWeakNames(List<NameMention> mentions) {
        long[] named = null;
        // made at the first mention dropped; the mentions are all at different places, so kept ones are copied by
        // position, not removed by an equals that compares their lists of matches
        List<NameMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            NameMention m = mentions.get(i);
            boolean drop = false;
            if (MatchTraits.viaOnly(m.matches(), NameKind.WEAK)) {
                if (named == null) {
                    named = NameMatch.fullyNamedIds(mentions.size(), k -> mentions.get(k).matches());
                }
                drop = !reachesAny(m.matches(), named) && !afterComma(m, mentions);
            }
            if (drop && out == null) {
                out = new ArrayList<>(mentions.subList(0, i));
            } else if (!drop && out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /** Whether some match is of a place among the sorted {@code ids}. */
    private static boolean reachesAny(List<NameMatch> matches, long[] ids) {
        for (int i = 0; i < matches.size(); i++) {
            if (Arrays.binarySearch(ids, matches.get(i).place().id()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterComma(NameMention m, List<NameMention> all) {
        for (NameMention o : all) {
            if (o != m && o.field() == m.field() && o.end() <= m.start() && m.start() - o.end() <= 3 && o.cues().commaAfter()) {
                return true;
            }
        }
        return false;
    }

    /**
     * State abbreviations ("Ga.", "TX") name a place only after a comma: "Atlanta, Ga."; this tells whether a name
     * whose candidates are all {@link MatchTraits#WEAK_ONLY} is written as one.
     */
    private static boolean abbreviation(String key, Tokens t, int first, int last) {
        return first == last && (key.length() <= 4 || t.text().charAt(t.end(last) - 1) == '.');
    }

    private static boolean any(int traits, int bits) {
        return (traits & bits) != 0;
    }
}
