package dev.sitrep.cli;

import dev.sitrep.common.config.Settings;
import dev.sitrep.common.json.ArticleLimits;
import picocli.CommandLine.Option;

/** {@code --max-text-chars}, shared by the commands that read articles. */
final class LimitOptions {

    @Option(names = "--max-text-chars", paramLabel = "N",
            description = "Dead-letter an article whose text is longer, as TEXT_TOO_LARGE (env SITREP_MAX_TEXT_CHARS;"
                    + " default 1048576).")
    Integer maxTextChars;

    ArticleLimits limits(Settings settings) {
        return ArticleLimits.resolve(settings, maxTextChars);
    }
}
