package dev.sitrep.enrich.geo.extractor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Lowercase English words (SCOWL's American list, bundled). A capitalized token whose lowercase form is a word
 * may be a common word at a sentence start ("Reading", "Police"); one that is not is a proper noun.
 * Immutable and thread-safe.
 */
public final class EnglishWords {

    private static final String RESOURCE = "/dev/sitrep/enrich/geo/gazetteer/english-words.txt.gz";

    private final Set<String> words;

    public EnglishWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The bundled list. */
    public static EnglishWords bundled() {
        try (InputStream raw = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            Set<String> words = new HashSet<>(100_000);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isEmpty()) {
                        words.add(line);
                    }
                }
            }
            return new EnglishWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether the lowercase ASCII word is a common English word. */
    public boolean contains(String lowercaseWord) {
        return words.contains(lowercaseWord);
    }
}
