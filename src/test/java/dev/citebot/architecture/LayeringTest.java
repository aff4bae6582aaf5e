package dev.citebot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of {@code docs/architecture.md}, checked on the compiled main classes: every package may use only
 * the packages below it, and no two packages (sub-packages counted on their own) import each other, directly or
 * through others. A lower layer that needs a higher one declares an interface that {@code App} wires.
 */
class LayeringTest {
    /** Bottom up; a name ending in {@code ..} covers its sub-packages, any other name is that package alone. */
    static final String[] ORDER = {
            "text..", "article..", "config..", "store..", "ingest..", "attribute..", "retrieve..", "answer..",
            "chat", "chat.llm..", "eval..", "telegram.api..", "telegram.render..", "telegram.send..",
            "telegram.inbound..", "telegram", "cli..", ""};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.citebot");
    }

    @Test
    void noPackageImportsAHigherLayer() {
        layers().check(classes);
    }

    @Test
    void theRulesFailOnACycleAndAnUpwardImport() {
        JavaClasses pair = new ClassFileImporter().importClasses(
                dev.citebot.architecture.fixture.low.Low.class, dev.citebot.architecture.fixture.high.High.class);
        assertThatThrownBy(() -> slices().matching("dev.citebot.architecture.fixture.(*)..").should()
                .beFreeOfCycles().check(pair)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
        assertThatThrownBy(() -> layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("low").definedBy("..fixture.low..").layer("high").definedBy("..fixture.high..")
                .whereLayer("low").mayOnlyBeAccessedByLayers("high").whereLayer("high").mayNotBeAccessedByAnyLayer()
                .check(pair)).isInstanceOf(AssertionError.class).hasMessageContaining("Low");
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching("dev.citebot.(**)").should().beFreeOfCycles().check(classes);
    }

    /** Each layer may be reached only from the layers above it in {@link #ORDER}. */
    static LayeredArchitecture layers() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (String layer : ORDER) {
            rule = rule.layer(name(layer)).definedBy(layer.isEmpty() ? "dev.citebot" : "dev.citebot." + layer);
        }
        for (int i = 0; i < ORDER.length - 1; i++) {
            String[] above = Arrays.stream(ORDER, i + 1, ORDER.length).map(LayeringTest::name).toArray(String[]::new);
            rule = rule.whereLayer(name(ORDER[i])).mayOnlyBeAccessedByLayers(above);
        }
        return rule.whereLayer(name("")).mayNotBeAccessedByAnyLayer();
    }

    private static String name(String layer) {
        return layer.isEmpty() ? "root" : layer;
    }
}
