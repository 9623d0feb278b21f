package dev.sitrep.enrich.geo.resolver;

import dev.sitrep.enrich.geo.gazetteer.NameMatch;
import dev.sitrep.enrich.geo.gazetteer.Place;

import java.util.Set;

/**
 * Feature class and population: with nothing else known, a country beats a town of the same name, a capital
 * beats a village, and a place named by its own name beats one that merely has it as a variant.
 */
public final class PriorPass implements ResolverPass {

    /** Regions the news names as such ("Darfur", "the Middle East"); other features (streams, hills) rank low. */
    private static final Set<String> NAMED_REGIONS = Set.of("RGN", "RGNE", "RGNH", "TERR", "ZN", "ADMD");

    @Override
    public void apply(ArticleMentions article, ScoreSheet sheet) {
        // each candidate's prior is worked out once, with its name's table: it depends on the candidate alone
        for (int g = 0; g < sheet.size(); g++) {
            double[] priors = sheet.table(g).priors;
            for (int c = 0; c < priors.length; c++) {
                sheet.add(g, c, priors[c]);
            }
        }
    }

    static double prior(NameMatch match) {
        Place p = match.place();
        double log = Math.log10(1 + p.population());
        double base = switch (p.kind()) {
            case CONTINENT -> 7.5;
            case COUNTRY -> p.featureCode().equals("PCLI") ? 9.0 : 7.0;
            case ADMIN1 -> 4.5 + 0.3 * log;
            case REGION -> NAMED_REGIONS.contains(p.featureCode()) ? 7.5 : 3.5 + 0.3 * log;
            case ADMIN2 -> 2.5 + 0.3 * log;
            case CITY -> log + switch (p.featureCode()) {
                case "PPLC" -> 1.0;
                case "PPLA" -> 0.5;
                case "PPLA2" -> 0.25;
                default -> 0.0;
            };
        };
        return base + switch (match.via()) {
            case PRIMARY, DEMONYM -> 0.0;
            case ALTERNATE -> -1.5;
            case WEAK -> -3.0;
        };
    }
}
