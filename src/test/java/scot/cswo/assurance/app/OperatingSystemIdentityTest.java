package scot.cswo.assurance.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.cli.ExitCode;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.testing.JavaProcess;

/**
 * Who is signed in comes from the operating system's account, never from user.name, which anyone
 * can set with -Duser.name=… (or JDK_JAVA_OPTIONS): the app is run as a separate process, as an
 * account would run it. Without the module that reads the account, nothing may be changed.
 */
class OperatingSystemIdentityTest {
    /** Leaves out jdk.security.auth, where NTSystem and UnixSystem live. */
    private static final String WITHOUT_ACCOUNT_MODULE = "--limit-modules=java.se,jdk.unsupported";

    @TempDir
    Path dir;
    private String db;
    private String administrator;

    @BeforeEach
    void aDatabaseWhoseAdministratorIsThisAccount() throws Exception {
        db = dir.resolve("shared.mv.db").toString();
        JavaProcess.Result init = JavaProcess.run(dir.resolve("data"), Main.class, "--db", db, "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        String roles = JavaProcess.run(dir.resolve("data"), Main.class, "--db", db, "roles").out();
        administrator = roles.lines().findFirst().orElseThrow().replaceAll("^You are (.*) \\(Administrator\\)\\.$", "$1");
    }

    @Test
    void userNameSetOnTheCommandLineIsIgnored() throws Exception {
        JavaProcess.Result roles = JavaProcess.run(dir.resolve("data"), List.of("-Duser.name=COUNCIL\\someone.else"),
                Main.class, "--db", db, "roles");

        assertThat(roles.out()).startsWith("You are " + administrator + " (Administrator).");
    }

    @Test
    void withoutTheAccountFromTheOperatingSystemNothingCanBeChangedEvenWithTheAdministratorsName() throws Exception {
        String rolesBefore = rolesAsTheAdministrator();

        JavaProcess.Result grant = JavaProcess.run(dir.resolve("data"),
                List.of(WITHOUT_ACCOUNT_MODULE, "-Duser.name=" + administrator), Main.class,
                "--db", db, "roles", "--grant", "COUNCIL\\intruder", "--role", "administrator");

        assertThat(grant.exitCode()).as(grant.out()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(grant.err().strip()).isEqualTo("CSWO Assurance could not read from the operating system which"
                + " account is signed in, so it may not grant roles; only reading is possible.");
        assertThat(rolesAsTheAdministrator()).isEqualTo(rolesBefore).doesNotContain("intruder");
    }

    private String rolesAsTheAdministrator() {
        TestApp.Run roles = new TestApp(dir.resolve("data"), LocalDate.now(), new Identity(administrator))
                .cli("--db", db, "roles");
        assertThat(roles.exitCode()).as(roles.err()).isZero();
        return roles.out();
    }

    @Test
    void withoutTheAccountFromTheOperatingSystemTheMatrixCanStillBeRead() throws Exception {
        JavaProcess.Result matrix = JavaProcess.run(dir.resolve("data"), List.of(WITHOUT_ACCOUNT_MODULE), Main.class,
                "--db", db, "matrix", "--format", "csv");

        assertThat(matrix.exitCode()).as(matrix.err()).isZero();
        assertThat(matrix.out().lines()).hasSize(50);
    }
}
