package dev.sitrep.enrich.text;

/** How a {@link Quantity} was written. */
public enum QuantityForm {
    /** Digits or number words: "14", "twenty-three", "1.2 million", "both". */
    NUMERAL,
    /** A word for a rough amount: "dozens", "several", "hundreds". */
    VAGUE,
    /** An indefinite article or "another": one, if a noun follows ("a man"). */
    ARTICLE,
    /** A negative: "no one", "none", "no". */
    ZERO
}
