package dev.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Generated input for pipeline tests: valid articles with unique ids, then one bad line of each kind. */
final class TestArticles {

    /** One line per way a record can be unusable, with the code the pipeline must give it. */
    static final List<String[]> BAD_LINES = List.of(
            new String[] {"{\"id\": \"bad-json\", \"text\": ", "INVALID_JSON"},
            new String[] {"[1, 2, 3]", "NOT_AN_OBJECT"},
            new String[] {"{\"id\": \"bad-no-text\"}", "NO_TEXT"},
            new String[] {"{\"id\": \"bad-empty\", \"text\": \"  \"}", "EMPTY_TEXT"},
            new String[] {"{\"id\": \"bad-type\", \"text\": \"x\", \"title\": 5}", "WRONG_TYPE"});

    private TestArticles() {
    }

    /** Writes {@code n} articles {@code a00000...} and the bad lines to {@code file}. */
    static Path write(Path file, int n) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < n; i++) {
                String line = String.format("{\"id\":\"a%05d\",\"title\":\"Report %d\",\"text\":\"At least %d people"
                        + " were killed in clashes near Sochi, officials said.\",\"gold\":{\"n\":%d}}%n", i, i, i % 50, i);
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
            for (String[] bad : BAD_LINES) {
                out.write((bad[0] + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
        }
        return file;
    }

    /**
     * Writes {@code n} articles {@code a00000...} with a bad line after every {@code badEvery}-th, cycling
     * through the kinds of bad line (the non-UTF-8 one included); returns how many bad lines it wrote.
     */
    static int writeMixed(Path file, int n, int badEvery) throws IOException {
        int bad = 0;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < n; i++) {
                String line = String.format("{\"id\":\"a%05d\",\"title\":\"Report %d\",\"text\":\"At least %d people"
                        + " were killed and %d injured in clashes near Sochi on Monday, officials said.\"}%n",
                        i, i, i % 50, i % 7);
                out.write(line.getBytes(StandardCharsets.UTF_8));
                if ((i + 1) % badEvery == 0) {
                    int kind = bad++ % badCount();
                    if (kind < BAD_LINES.size()) {
                        out.write((BAD_LINES.get(kind)[0] + "\n").getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.write(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
                    }
                }
            }
        }
        return bad;
    }

    /** Bad lines written by {@link #write}, the non-UTF-8 one included. */
    static int badCount() {
        return BAD_LINES.size() + 1;
    }
}
