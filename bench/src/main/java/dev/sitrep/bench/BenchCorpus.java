package dev.sitrep.bench;

import dev.sitrep.common.json.ArticleReader;
import dev.sitrep.common.json.InvalidArticleException;
import dev.sitrep.common.model.ArticleText;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The records a benchmark runs on: raw record values as ingest would send them.
 *
 * @param description where the records came from, for the report
 * @param values      raw record values (UTF-8 JSON), in order
 */
public record BenchCorpus(String description, List<byte[]> values) {

    public BenchCorpus {
        Objects.requireNonNull(description, "description");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus is empty");
        }
    }

    /** {@code count} articles of about {@code chars} characters from {@link SyntheticCorpus}. */
    public static BenchCorpus synthetic(long seed, int count, int chars) {
        List<String> texts = new SyntheticCorpus(seed).articles(count, chars);
        List<byte[]> values = new ArrayList<>(count);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            values.add(SyntheticCorpus.toJsonLine("bench-" + i, SyntheticCorpus.headline(text), text)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new BenchCorpus(String.format(java.util.Locale.ROOT, "synthetic, seed %d, %d articles of ~%d chars"
                + " (news templates with a news-sized vocabulary of words, names and places; --in FILE.jsonl to"
                + " measure real articles)", seed, count, chars), values);
    }

    /**
     * The non-blank lines of a JSONL file, repeated in order until there are {@code count} records
     * ({@code count <= 0}: each line once).
     */
    public static BenchCorpus fromFile(Path file, int count) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no records");
        }
        int n = count <= 0 ? lines.size() : count;
        List<byte[]> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(lines.get(i % lines.size()));
        }
        String repeated = n > lines.size() ? ", its " + lines.size() + " lines repeated to " + n + " records" : "";
        return new BenchCorpus(file.getFileName() + repeated, values);
    }

    /**
     * What the engine reads of each valid record, made afresh on each call so that the caller can
     * drop it when done. Invalid records are left out: the pipeline dead-letters them.
     */
    public List<ArticleText> articles() {
        ArticleReader reader = new ArticleReader();
        List<ArticleText> articles = new ArrayList<>(values.size());
        for (byte[] v : values) {
            try {
                articles.add(reader.read(v).text());
            } catch (InvalidArticleException e) {
                // counted by the pipeline's dead letters
            }
        }
        return articles;
    }

    /** What the engine reads of the first valid record. */
    public ArticleText firstArticle() {
        ArticleReader reader = new ArticleReader();
        for (byte[] v : values) {
            try {
                return reader.read(v).text();
            } catch (InvalidArticleException e) {
                // try the next
            }
        }
        throw new IllegalArgumentException("the corpus holds no valid article");
    }

    public int size() {
        return values.size();
    }

    /** UTF-8 bytes of all record values. */
    public long bytes() {
        return values.stream().mapToLong(v -> v.length).sum();
    }
}
