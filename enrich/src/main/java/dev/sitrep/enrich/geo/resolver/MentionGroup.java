package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.extractor.NameMention;
import dev.sitrep.enrich.geo.gazetteer.NameMatch;

import java.util.List;

/**
 * Every mention of one name in an article, resolved together (one sense per discourse).
 *
 * @param key        the normalized name
 * @param mentions   the mentions, in text order (title first)
 * @param candidates the places the name may refer to, best known first
 */
public record MentionGroup(String key, List<NameMention> mentions, List<NameMatch> candidates) {

    public MentionGroup {
        mentions = List.copyOf(mentions);
        candidates = List.copyOf(candidates);
    }

    /** The mentions that name the place itself, leaving out streets named after it. */
    public List<NameMention> reported() {
        // indexed: an iterator per group and call would be garbage on every article
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).cues().street()) {
                return mentions.stream().filter(x -> !x.cues().street()).toList();
            }
        }
        return mentions;
    }

    /** Whether every mention is a common English word at a capital ("Reading", "Mobile"). */
    public boolean commonWord() {
        for (int i = 0; i < mentions.size(); i++) {
            if (!mentions.get(i).cues().commonWord()) {
                return false;
            }
        }
        return true;
    }
}
