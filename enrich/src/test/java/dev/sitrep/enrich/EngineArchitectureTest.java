package dev.sitrep.enrich;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class EngineArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sitrep.enrich");

    @Test
    @DisplayName("the extraction core never touches Kafka: only the topology does")
    void shouldKeepKafkaOutOfTheEngine() {
        noClasses().that().resideOutsideOfPackage("dev.sitrep.enrich.topology..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(engine);
    }
}
