package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.CasualtyType;

/**
 * What a casualty word says happened. {@link #SHOT} is kept apart from {@link #INJURED} because a
 * person shot may have died: only those shot and not killed are counted as injured.
 */
enum CasualtyKind {
    KILLED(CasualtyType.KILLED),
    INJURED(CasualtyType.INJURED),
    SHOT(CasualtyType.INJURED),
    MISSING(CasualtyType.MISSING),
    KIDNAPPED(CasualtyType.KIDNAPPED),
    ARRESTED(CasualtyType.ARRESTED),
    DISPLACED(CasualtyType.DISPLACED);

    private final CasualtyType type;

    CasualtyKind(CasualtyType type) {
        this.type = type;
    }

    CasualtyType type() {
        return type;
    }
}
