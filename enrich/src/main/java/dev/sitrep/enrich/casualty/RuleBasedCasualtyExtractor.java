package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.text.ArticleScan;
import dev.sitrep.enrich.text.SentenceSplitter;
import dev.sitrep.enrich.text.Span;
import dev.sitrep.enrich.text.TextScan;
import dev.sitrep.enrich.text.TokenScratch;
import dev.sitrep.enrich.text.Tokenizer;
import dev.sitrep.enrich.text.WordTokens;

import java.util.ArrayList;
import java.util.List;

/**
 * The casualty extractor sitrep ships: hand-written rules for news English.
 *
 * <p>The text's word tokens are first scanned, without allocating, for a word of a casualty phrase; only the
 * sentences around such words are found, and only those where the phrase's other words stand around it
 * ({@link PhraseScreen}) are tokenized and read. Reading is a chain of small passes:
 * match casualty phrases ({@link TriggerLexicon}), read each one's count from its subject, object or
 * noun ({@link SubjectReader}, {@link ObjectReader}, {@link NounReader}), drop what is denied,
 * hypothetical or past ({@link ClauseChecks}), then total per type ({@link TotalsCalculator}).
 * Immutable and thread-safe.
 */
public final class RuleBasedCasualtyExtractor implements CasualtyExtractor {

    /**
     * Each thread's tokens, reused sentence after sentence: a sentence's tokens are read before the next is
     * tokenized, and no token outlives its sentence (figures keep offsets and strings, never tokens).
     */
    private static final ThreadLocal<TokenScratch> SCRATCH = ThreadLocal.withInitial(TokenScratch::new);

    /** {@code TextField.values()}, made once: every call of {@code values()} copies the array. */
    private static final TextField[] FIELDS = TextField.values();

    private final AnchorScanner scanner;
    private final PhraseScreen screen;
    private final SentenceReader reader;

    public RuleBasedCasualtyExtractor() {
        TriggerLexicon lexicon = TriggerLexicon.english();
        List<String> anchors = lexicon.anchors();
        this.scanner = new AnchorScanner(anchors);
        this.screen = new PhraseScreen(lexicon, anchors, scanner);
        this.reader = new SentenceReader(lexicon);
    }

    @Override
    public Casualties extract(ArticleText article) {
        return extract(new ArticleScan(article));
    }

    @Override
    public Casualties extract(ArticleScan scan) {
        ArticleText article = scan.article();
        List<Candidate> found = new ArrayList<>();
        Years years = new Years(article.title(), article.text());
        int sentence = 0;
        TokenScratch scratch = null;
        for (TextField field : FIELDS) {
            TextScan fieldScan = scan.field(field);
            String text = fieldScan.text();
            char[] chars = fieldScan.chars();
            WordTokens words = fieldScan.words();
            int pos = 0;
            int token = 0; // no token before it ends after pos: the scanner resumes here instead of searching
            long anchor;
            while ((anchor = scanner.find(chars, words, token, pos)) >= 0) {
                int hit = AnchorScanner.offset(anchor);
                Span span = SentenceSplitter.around(chars, hit);
                sentence++;
                if (screen.mayHoldPhrase(chars, hit, span.start(), span.end())) {
                    if (scratch == null) {
                        scratch = SCRATCH.get();
                    }
                    SentenceTokens tokens = new SentenceTokens(text, field, sentence,
                            Tokenizer.tokenize(text, chars, span.start(), span.end(), scratch, words,
                                    AnchorScanner.token(anchor)), years,
                            scratch.quantities());
                    reader.read(tokens, sentence * 1024, pos, found);
                }
                pos = Math.max(span.end(), hit + 1);
                token = AnchorScanner.firstEndingAfter(words, AnchorScanner.token(anchor), pos);
            }
        }
        return TotalsCalculator.combine(found);
    }
}
