package scot.cswo.assurance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers: domain at the centre (pure Java), services around it, the store and the screens
 * and command line outside, wired together only in app.
 */
@AnalyzeClasses(packages = "scot.cswo.assurance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] INFRASTRUCTURE = {"javafx..", "org.jooq..", "java.sql..", "javax.sql..", "org.h2..",
        "org.flywaydb..", "picocli..", "org.controlsfx..", "atlantafx.."};

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("..assurance.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
            .orShould().dependOnClassesThat().resideInAnyPackage("..assurance.service..", "..assurance.store..",
                    "..assurance.ui..", "..assurance.cli..", "..assurance.report..", "..assurance.app..");

    @ArchTest
    static final ArchRule servicesUseOnlyTheDomain = noClasses().that().resideInAPackage("..assurance.service..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
            .orShould().dependOnClassesThat().resideInAnyPackage("..assurance.store..", "..assurance.ui..",
                    "..assurance.cli..", "..assurance.app..");

    @ArchTest
    static final ArchRule uiNeverTouchesTheStore = noClasses().that().resideInAPackage("..assurance.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..assurance.store..", "..assurance.cli..",
                    "..assurance.app..", "org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..");

    /**
     * Screens and forms are handed narrow services by the shell (MainWindow.ready), never the whole
     * workspace to look services up in (issue 16, point 1). Startup is how the composition root hands
     * the open database to the shell.
     */
    @ArchTest
    static final ArchRule onlyTheShellHandsOutTheWorkspace = noClasses().that()
            .resideInAPackage("..assurance.ui..").and().resideOutsideOfPackage("..assurance.ui.shell..")
            .and().doNotHaveFullyQualifiedName("scot.cswo.assurance.ui.Startup")
            .should().dependOnClassesThat().haveFullyQualifiedName("scot.cswo.assurance.service.Workspace")
            .because("the shell hands each screen and form the services it uses, so its view-model can be tested with"
                    + " those alone and no screen reaches for the whole database");

    @ArchTest
    static final ArchRule commandLineNeverTouchesTheStoreOrScreens = noClasses().that()
            .resideInAPackage("..assurance.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..assurance.store..", "..assurance.ui..",
                    "..assurance.app..", "javafx..", "org.jooq..", "java.sql..", "org.h2..");

    @ArchTest
    static final ArchRule storeKnowsNothingOfScreensOrCommands = noClasses().that()
            .resideInAPackage("..assurance.store..")
            .should().dependOnClassesThat().resideInAnyPackage("..assurance.ui..", "..assurance.cli..",
                    "..assurance.app..", "..assurance.service..", "javafx..");

    @ArchTest
    static final ArchRule theReportKnowsNothingOfScreensCommandsOrTheStore = noClasses().that()
            .resideInAPackage("..assurance.report..")
            .should().dependOnClassesThat().resideInAnyPackage("..assurance.ui..", "..assurance.cli..",
                    "..assurance.app..", "..assurance.store..", "javafx..", "org.jooq..", "java.sql..");

    @ArchTest
    static final ArchRule theReportsContentIsPlainRecords = noClasses().that()
            .resideInAPackage("..assurance.report.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "..assurance.report.model..")
            .because("the templates read it and the content classes fill it from the services' data (ADR 20)");

    @ArchTest
    static final ArchRule onlyTheReportUsesTemplates = noClasses().that().resideOutsideOfPackage("..assurance.report..")
            .should().dependOnClassesThat().resideInAPackage("gg.jte..")
            .because("documents are the one thing rendered from templates, escaped by default (ADR 20)");

    @ArchTest
    static final ArchRule platformRunLaterOnlyInTheCompositionRoot = noClasses().that()
            .resideOutsideOfPackage("..assurance.app..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("background work goes through BackgroundRunner, which the composition root wires to the FX thread");

    @ArchTest
    static final ArchRule nothingInterruptsTheDatabaseThread = noClasses().that().resideInAPackage("scot.cswo.assurance..")
            .should().callMethod(java.util.concurrent.Future.class, "cancel", boolean.class)
            .orShould().callMethod(java.util.concurrent.CompletableFuture.class, "cancel", boolean.class)
            .orShould().callMethod(java.util.concurrent.FutureTask.class, "cancel", boolean.class)
            .orShould().callMethod(java.util.concurrent.ExecutorService.class, "shutdownNow")
            .orShould().callMethod(java.util.concurrent.ThreadPoolExecutor.class, "shutdownNow")
            .orShould().callMethodWhere(interruptingAnotherThread())
            .orShould().callMethod(javafx.concurrent.Task.class, "cancel")
            .orShould().callMethod(javafx.concurrent.Task.class, "cancel", boolean.class)
            .because("these interrupt worker threads, and H2 closes its file when a thread using it is interrupted"
                    + " (ADR 6); a thread may only restore its own interrupt flag");

    /** Thread.interrupt() on any thread but the caller's own (restoring its flag calls currentThread() first). */
    private static DescribedPredicate<JavaMethodCall> interruptingAnotherThread() {
        return DescribedPredicate.describe("Thread.interrupt() on another thread", call ->
                call.getTarget().getOwner().isEquivalentTo(Thread.class) && call.getName().equals("interrupt")
                        && call.getOrigin().getMethodCallsFromSelf().stream()
                        .noneMatch(c -> c.getTarget().getOwner().isEquivalentTo(Thread.class)
                                && c.getName().equals("currentThread")));
    }

    @ArchTest
    static final ArchRule layersFormNoCycles = slices().matching("scot.cswo.assurance.(*)..").should().beFreeOfCycles()
            .because("each layer can then be understood, and changed, from the ones it uses");

    @ArchTest
    static final ArchRule screenPackagesFormNoCycles = slices().matching("scot.cswo.assurance.ui.(**)").should()
            .beFreeOfCycles().because("the shell opens the screens, and the screens use only the shared widgets");

    @ArchTest
    static final ArchRule domainPackagesFormNoCycles = slices().matching("scot.cswo.assurance.domain.(**)").should()
            .beFreeOfCycles().because("each part of the model can then be understood from the parts it uses");

    @ArchTest
    static final ArchRule servicePackagesFormNoCycles = slices().matching("scot.cswo.assurance.service.(**)").should()
            .beFreeOfCycles().because("the workspace opens the services, and each service uses only those below it");

    @ArchTest
    static final ArchRule storePackagesFormNoCycles = slices().matching("scot.cswo.assurance.store.(*)..").should()
            .beFreeOfCycles().because("each part of the store can then be understood from the parts it uses");

    @ArchTest
    static final ArchRule servicesDoNotReachBackToTheWorkspace = noClasses().that()
            .resideInAPackage("scot.cswo.assurance.service.*..").should().dependOnClassesThat()
            .resideInAPackage("scot.cswo.assurance.service")
            .because("the workspace, in the service package itself, opens the services; they never need it back");
}
