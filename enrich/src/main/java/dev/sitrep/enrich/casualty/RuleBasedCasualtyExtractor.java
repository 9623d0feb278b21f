package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.text.SentenceSplitter;
import dev.sitrep.enrich.text.Span;
import dev.sitrep.enrich.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The casualty extractor sitrep ships: hand-written rules for news English.
 *
 * <p>Each sentence is first scanned, without allocating, for a word that can start a casualty
 * phrase; only sentences that hold one are tokenized and read. Reading is a chain of small passes:
 * match casualty phrases ({@link TriggerLexicon}), read each one's count from its subject, object or
 * noun ({@link SubjectReader}, {@link ObjectReader}, {@link NounReader}), drop what is denied,
 * hypothetical or past ({@link ClauseChecks}), then total per type ({@link TotalsCalculator}).
 * Immutable and thread-safe.
 */
public final class RuleBasedCasualtyExtractor implements CasualtyExtractor {

    private final AnchorScanner scanner;
    private final SentenceReader reader;

    public RuleBasedCasualtyExtractor() {
        TriggerLexicon lexicon = TriggerLexicon.english();
        this.scanner = new AnchorScanner(lexicon.firstWords());
        this.reader = new SentenceReader(lexicon);
    }

    @Override
    public Casualties extract(ArticleText article) {
        List<Candidate> found = new ArrayList<>();
        int sentence = 0;
        int latestYear = -1;
        for (TextField field : TextField.values()) {
            String text = article.field(field);
            if (text.isEmpty()) {
                continue;
            }
            for (Span span : SentenceSplitter.split(text)) {
                sentence++;
                if (!scanner.anyIn(text, span.start(), span.end())) {
                    continue;
                }
                if (latestYear < 0) {
                    latestYear = Math.max(Years.latest(article.field(TextField.TITLE)), Years.latest(article.text()));
                }
                SentenceTokens tokens = new SentenceTokens(text, field, sentence,
                        Tokenizer.tokenize(text, span.start(), span.end()), latestYear);
                found.addAll(reader.read(tokens, found.size() + sentence * 64));
            }
        }
        return TotalsCalculator.combine(found);
    }
}
