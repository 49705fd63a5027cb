package scot.cswo.assurance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.app.TestApp;

/** Lead addresses, chases and the digest from the command line, as the office would script them. */
class ChasingOnTheCommandLineTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    private TestApp app() {
        return new TestApp(dir.resolve("data"), TODAY);
    }

    private String db() {
        return dir.resolve("assurance.mv.db").toString();
    }

    /** A new database holding the Dundee framework, tracked from 01/04/2025. */
    private TestApp initialised() {
        TestApp app = app();
        app.cli("--db", db(), "init", "--tracking-start", "2025-04-01");
        return app;
    }

    /** Gives a lead an address, as the office would: leads set --name … --email …. */
    private void address(TestApp app, String lead, String email) {
        app.cli("--db", db(), "leads", "set", "--name", lead, "--email", email);
    }

    @Test
    void aLeadsAddressAndJobTitleAreSetAndListed() {
        TestApp app = initialised();

        TestApp.Run set = app.cli("--db", db(), "leads", "set", "--name", "jane martin", "--email",
                "jane.martin@dundeecity.gov.uk", "--job-title", "Chief Social Work Officer");
        TestApp.Run listed = app.cli("--db", db(), "leads", "list", "--format", "csv");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("Saved Jane Martin: email jane.martin@dundeecity.gov.uk");
        assertThat(listed.out()).contains("Jane Martin,Chief Social Work Officer,jane.martin@dundeecity.gov.uk,Yes");
    }

    @Test
    void anUnknownLeadIsRefusedWithASentenceAndExitCode3() {
        TestApp app = app();
        app.cli("--db", db(), "init");

        TestApp.Run refused = app.cli("--db", db(), "leads", "set", "--name", "Nobody Here", "--email", "a@b.gov.uk");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).startsWith("There is no lead called \"Nobody Here\". Leads are: ");
    }

    @Test
    void aMalformedAddressIsRefusedWithExitCode3AndNothingChanges() {
        TestApp app = app();
        app.cli("--db", db(), "init");

        TestApp.Run refused = app.cli("--db", db(), "leads", "set", "--name", "Jane Martin", "--email", "jane at council");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("\"jane at council\": this does not look like an email address.",
                "Nothing was changed.");
        assertThat(app.cli("--db", db(), "leads", "list", "--format", "csv").out()).contains("Jane Martin,,,Yes");
    }

    @Test
    void chaseWritesOneDraftPerLeadWithAnAddressAndSaysHowMany() throws Exception {
        TestApp app = initialised();
        address(app, "Jane Martin", "jane.martin@dundeecity.gov.uk");
        address(app, "Kathryn Sharp", "kathryn.sharp@dundeecity.gov.uk");
        Path drafts = dir.resolve("drafts");

        TestApp.Run chased = app.cli("--db", db(), "chase", "--drafts", drafts.toString());

        assertThat(chased.out()).contains("Wrote 2 chase drafts to " + drafts.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> listed = Files.list(drafts)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("2025-11-22 Chase Jane Martin.eml", "2025-11-22 Chase Kathryn Sharp.eml");
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            MimeMessage draft = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(draft.getHeader("X-Unsent", null)).isEqualTo("1");
            assertThat(((InternetAddress) draft.getAllRecipients()[0]).getAddress())
                    .isEqualTo("jane.martin@dundeecity.gov.uk");
        }
        // The other leads have overdue work but no address: listed, and the exit code says so.
        assertThat(chased.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(chased.err()).startsWith("Not chased, as they have no email address: ").contains("Gillian Milne (");
    }

    @Test
    void chasingALeadWithoutAnAddressIsRefusedAndWritesNothing() {
        TestApp app = initialised();
        Path drafts = dir.resolve("drafts");

        TestApp.Run refused = app.cli("--db", db(), "chase", "--lead", "Jane Martin", "--drafts", drafts.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("Not chased, as they have no email address: Jane Martin (",
                "Nothing was written.");
        assertThat(drafts).doesNotExist();
    }

    @Test
    void sendingWithNoRelaySetUpIsRefusedWithASentence() {
        TestApp app = initialised();
        address(app, "Jane Martin", "jane.martin@dundeecity.gov.uk");

        TestApp.Run chase = app.cli("--db", db(), "chase", "--lead", "Jane Martin", "--send");
        TestApp.Run digest = app.cli("--db", db(), "digest", "--send");

        assertThat(chase.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(chase.err()).startsWith("No mail relay is set up, so nothing can be sent");
        assertThat(digest.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(digest.err()).startsWith("No mail relay is set up, so nothing can be sent");
    }

    @Test
    void theDigestDraftGivesCountsOverdueItemsAndWhoWasChased() throws Exception {
        TestApp app = initialised();
        address(app, "Jane Martin", "jane.martin@dundeecity.gov.uk");
        app.cli("--db", db(), "chase", "--lead", "Jane Martin", "--drafts", dir.resolve("drafts").toString());

        TestApp.Run digest = app.cli("--db", db(), "digest", "--as-of", "2025-11-22", "--drafts",
                dir.resolve("digest").toString());

        assertThat(digest.exitCode()).as(digest.err()).isZero();
        Path file = dir.resolve("digest").resolve("2025-11-22 Digest.eml");
        assertThat(digest.out()).contains(file.toAbsolutePath().toString());
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage draft = new MimeMessage(Session.getInstance(new Properties()), in);
            String plain = (String) ((jakarta.mail.Multipart) draft.getContent()).getBodyPart(0).getContent();
            assertThat(draft.getSubject()).isEqualTo("CSWO assurance: the position at 22/11/2025");
            assertThat(plain).containsPattern("Overdue: \\d+").contains("days overdue",
                    "Jane Martin <jane.martin@dundeecity.gov.uk>: Chase drafted 22/11/2025 by COUNCIL\\tester");
        }
    }

    @Test
    void aFrameworksLeadEmailColumnGivesTheLeadsTheirAddresses() throws Exception {
        TestApp app = app();
        app.cli("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");
        Path file = Files.writeString(dir.resolve("matrix.csv"), "Function,Function title,Assurance mechanism,Lead,"
                + "Frequency,Lead email\r\n1,Advice.,Membership of IJB,Siobhán Ó Briain / Kathryn Sharp,Monthly,"
                + "siobhan.obriain@council.gov.uk; kathryn.sharp@council.gov.uk\r\n", java.nio.charset.StandardCharsets.UTF_8);

        TestApp.Run imported = app.cli("--db", db(), "import", file.toString(), "--framework", "Test framework",
                "--council", "Test Council", "--period", "2025-2026", "--from", "2025-04-02");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(app.cli("--db", db(), "leads", "list", "--format", "csv").out())
                .contains("Siobhán Ó Briain,,siobhan.obriain@council.gov.uk,Yes",
                        "Kathryn Sharp,,kathryn.sharp@council.gov.uk,Yes");
    }

    @Test
    void aLeadEmailCellWithTheWrongNumberOfAddressesIsRefusedNamingRowAndColumn() throws Exception {
        TestApp app = app();
        app.cli("--db", db(), "init", "--template", "blank", "--tracking-start", "2025-04-01");
        Path file = Files.writeString(dir.resolve("matrix.csv"), "Function,Function title,Assurance mechanism,Lead,"
                + "Frequency,Lead email\r\n1,Advice.,Membership of IJB,Jane Martin / Kathryn Sharp,Monthly,"
                + "jane.martin@council.gov.uk\r\n1,,Chief Officers Group,Jane Martin,Monthly,not-an-address\r\n");

        TestApp.Run refused = app.cli("--db", db(), "import", file.toString(), "--framework", "Test framework",
                "--council", "Test Council", "--period", "2025-2026", "--from", "2025-04-02");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(refused.err()).contains("matrix.csv, row 2, column Lead email \"jane.martin@council.gov.uk\": this"
                        + " gives 1 address for 2 leads; give one address per lead, in the same order as the Lead column"
                        + " names them.",
                "matrix.csv, row 3, column Lead email \"not-an-address\": the address for Jane Martin: this does not"
                        + " look like an email address.");
    }
}
