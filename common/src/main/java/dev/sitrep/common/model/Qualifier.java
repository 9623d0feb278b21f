package dev.sitrep.common.model;

import java.util.Locale;

/**
 * How a reported number bounds the true count; serialized in lower case ({@code "at_least"}).
 *
 * <p>{@code EXACT}: the number as stated; {@code AT_LEAST} and {@code MORE_THAN}: no upper bound;
 * {@code UP_TO} and {@code NEARLY}: an upper bound; {@code ABOUT}: an estimate either way;
 * {@code RANGE}: "between 10 and 15", "10 to 15"; {@code VAGUE}: a word such as "dozens" or "several".
 */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, UP_TO, NEARLY, ABOUT, RANGE, VAGUE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
