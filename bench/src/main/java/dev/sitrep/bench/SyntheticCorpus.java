package dev.sitrep.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates news-like articles from seeded templates: casualty figures with bounds and victims, place
 * names of every kind (cities, towns, counties, states, countries, "Town, State"), people named in full and then
 * by surname, organisations named after places and people, dates, ages, addresses, money and quotes. The same seed
 * always gives the same corpus.
 *
 * <p>It is built to cost the engine what real news costs, and to measure that cost honestly:
 * <ul>
 *   <li>a news-sized vocabulary: the words, given names and places are drawn from the lists and the gazetteer
 *       bundled with the engine, by Zipf laws, so that the engine's per-thread caches of words and names miss about
 *       as often as on real news (about 4,600 distinct lowercase words and 3,400 capitalized ones per 100,000 words;
 *       US local and world news articles have 4,600 to 8,800 and 2,200 to 4,900);</li>
 *   <li>about 33 capitalized words, one to two casualty figures and two to three distinct places per thousand
 *       characters, as in news articles.</li>
 * </ul>
 * In one session the engine took 26 us per thousand characters on it, 20 to 24 on US local and world news
 * (LGL, TR-News) and 35 on reports of shootings (GVA). The text reads as news only in its frame: the words in
 * the templates' slots are real words in a random order ("the incalculable hallow was defended"). A corpus of a
 * few hundred repeated words, which this replaced, cost the engine half as much per character as real news.
 */
public final class SyntheticCorpus {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final long seed;

    public SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** {@code count} articles of about {@code targetChars} characters each. */
    public List<String> articles(int count, int targetChars) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(random.split(), targetChars));
        }
        return out;
    }

    /** One article as a contract input JSON line. */
    public static String toJsonLine(String id, String title, String text) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", id);
        json.put("title", title);
        json.put("text", text);
        return json.toString();
    }

    /** A headline for an article made by {@link #article}. */
    public static String headline(String text) {
        int dot = text.indexOf(". ");
        String first = dot > 0 ? text.substring(0, dot) : text;
        return first.length() > 90 ? first.substring(0, 90) : first;
    }

    /** The word lists and places, read once: every corpus draws from the same. */
    private static final class Sources {
        static final NewsWords WORDS = NewsWords.bundled();
        static final NewsPlaces PLACES = NewsPlaces.bundled();
    }

    private static String article(SplittableRandom r, int targetChars) {
        return new ArticleWriter(r, Sources.WORDS, Sources.PLACES).write(targetChars);
    }
}
