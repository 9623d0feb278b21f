package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.common.model.TextField;
import dev.sitrep.enrich.geo.extractor.NameMention;

import java.util.List;

/**
 * The place names found in one article, with the texts they were found in.
 *
 * @param title    the title, or the empty string
 * @param text     the body
 * @param mentions every name found, title first, each in text order
 */
public record ArticleMentions(String title, String text, List<NameMention> mentions) {

    public ArticleMentions {
        title = title == null ? "" : title;
        mentions = List.copyOf(mentions);
    }

    public String field(TextField field) {
        return field == TextField.TITLE ? title : text;
    }
}
