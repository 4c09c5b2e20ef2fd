package app.dateline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers, as JabRef guards its own: the engine stands alone; only the CLI (and the archive job's own command
 * line, {@code SparkMain}) talks to the terminal; Spark stays in the archive job.
 */
@AnalyzeClasses(packages = "app.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class MainArchitectureTest {

    @ArchTest
    static final ArchRule engineNeverTouchesJavaFx = noClasses().that().resideInAPackage("app.dateline.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.glass..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule engineDoesNotKnowTheAppOrTheCli = noClasses().that().resideInAPackage("app.dateline.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("app.dateline.app..", "app.dateline.cli..");

    @ArchTest
    static final ArchRule onlyTheCliWritesToStandardStreams = noClasses().that().resideOutsideOfPackage("app.dateline.cli..")
            .and().doNotHaveFullyQualifiedName("app.dateline.spark.SparkMain")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule timelineLayoutIsPureJava = noClasses().that()
            .resideInAnyPackage("app.dateline.app.timeline.layout..", "app.dateline.app.format..", "app.dateline.app.picture..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun..")
            .because("the layout model and the published pictures are made with no JavaFX (export, export-png, tests)");

    @ArchTest
    static final ArchRule theAppDoesNotUseTheCli = noClasses().that().resideInAPackage("app.dateline.app..")
            .should().dependOnClassesThat().resideInAPackage("app.dateline.cli..");

    @ArchTest
    static final ArchRule neitherTheEngineNorTheDesktopKnowsSpark = noClasses().that()
            .resideInAnyPackage("app.dateline.engine..", "app.dateline.app..", "app.dateline.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("app.dateline.spark..", "org.apache.spark..", "scala..")
            .because("Spark is a provided dependency: target/dateline.jar runs without it");

    @ArchTest
    static final ArchRule onlyTheArchiveJobUsesSpark = noClasses().that().resideOutsideOfPackage("app.dateline.spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..")
            .because("the archive job is the one place Spark is used");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("app.dateline.(**)").should().beFreeOfCycles()
            .because("each package can then be read, tested and changed on its own, from the bottom up");
}
