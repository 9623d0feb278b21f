package dev.sitrep.common.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.common.model.ArticleText;

/**
 * An input article that passed every check.
 *
 * @param json the whole input object, with {@code id} filled in when the input had none
 * @param text what the engine reads of it
 */
public record ParsedArticle(ObjectNode json, ArticleText text) {

    public String id() {
        return text.id();
    }
}
