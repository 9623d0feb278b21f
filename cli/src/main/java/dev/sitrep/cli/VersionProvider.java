package dev.sitrep.cli;

import dev.sitrep.enrich.EnricherFactory;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"sitrep " + EnricherFactory.VERSION};
    }
}
