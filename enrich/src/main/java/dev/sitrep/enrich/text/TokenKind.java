package dev.sitrep.enrich.text;

/** What a {@link Token} is made of. */
public enum TokenKind {
    /** Letters, possibly with digits or inner apostrophes ("didn't", "14th"). */
    WORD,
    /** Digits, possibly with thousands separators or a decimal point ("1,901", "1.2"). */
    NUMBER,
    /** Any other single character that is not white space. */
    PUNCT
}
