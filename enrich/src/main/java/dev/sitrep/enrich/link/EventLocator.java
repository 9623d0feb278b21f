package dev.sitrep.enrich.link;

import dev.sitrep.common.model.ArticleText;
import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.Location;
import dev.sitrep.enrich.text.ArticleScan;

import java.util.List;

/** Links each casualty mention to the place where its event happened. Implementations are thread-safe. */
public interface EventLocator {

    /** The same casualties with {@code location} set to an index into {@code locations}, or null. */
    Casualties link(ArticleText article, Casualties casualties, List<Location> locations);

    /** The same, reading the text through a scan the caller shares with the engine's other parts. */
    default Casualties link(ArticleScan scan, Casualties casualties, List<Location> locations) {
        return link(scan.article(), casualties, locations);
    }
}
