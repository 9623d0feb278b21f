package dev.sitrep.enrich.geo.extractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Word lists that tell place names from other capitalized words: lowercase English words (SCOWL's American
 * list) and English given names (Moby). A capitalized common word may be a sentence's first word
 * ("Reading", "Police"); a given name before a place name makes it a surname ("Randy Daniel").
 * Immutable and thread-safe.
 *
 * @param englishWords lowercase English words
 * @param givenNames   lowercase given names
 */
public record Lexicon(Set<String> englishWords, Set<String> givenNames) {

    private static final String DIR = "/dev/sitrep/enrich/geo/gazetteer/";

    public Lexicon {
        // hash sets rather than immutable copies: they are probed for most words of every article
        englishWords = Collections.unmodifiableSet(new HashSet<>(englishWords));
        givenNames = Collections.unmodifiableSet(new HashSet<>(givenNames));
    }

    /** The lists bundled with sitrep. */
    public static Lexicon bundled() {
        return new Lexicon(new HashSet<>(bundledEnglishWords()), new HashSet<>(bundledGivenNames()));
    }

    /** The bundled lowercase English words, in the list's order. */
    public static List<String> bundledEnglishWords() {
        return read("english-words.txt.gz");
    }

    /** The bundled lowercase given names, in the list's order. */
    public static List<String> bundledGivenNames() {
        return read("given-names.txt.gz");
    }

    public boolean englishWord(String lowercase) {
        return englishWords.contains(lowercase);
    }

    public boolean givenName(String lowercase) {
        return givenNames.contains(lowercase);
    }

    private static List<String> read(String name) {
        try (InputStream raw = Lexicon.class.getResourceAsStream(DIR + name)) {
            if (raw == null) {
                throw new IllegalStateException("bundled resource missing: " + DIR + name);
            }
            List<String> words = new ArrayList<>(70_000);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        words.add(line);
                    }
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + name, e);
        }
    }
}
