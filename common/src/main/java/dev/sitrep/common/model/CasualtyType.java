package dev.sitrep.common.model;

import java.util.Locale;

/** The kinds of casualty sitrep counts; serialized in lower case ({@code "killed"}). */
public enum CasualtyType {
    KILLED, INJURED, MISSING, KIDNAPPED, ARRESTED, DISPLACED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
