package dev.sitrep.enrich.geo.extractor;

import dev.sitrep.enrich.geo.gazetteer.NameNormalizer;

/** Lookup keys of tokens, computed on first use. Per call, never shared. */
final class TokenKeys {

    private final Tokens tokens;
    private final String[] keys;

    TokenKeys(Tokens tokens) {
        this.tokens = tokens;
        this.keys = new String[tokens.size()];
    }

    Tokens tokens() {
        return tokens;
    }

    String key(int i) {
        String k = keys[i];
        if (k == null) {
            k = NameNormalizer.normalize(tokens.text(), tokens.start(i), tokens.end(i));
            keys[i] = k;
        }
        return k;
    }
}
