package scot.cswo.assurance.service.chase;

import static org.assertj.core.api.Assertions.assertThat;
import static scot.cswo.assurance.service.chase.Chasing.KATHRYN;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN;
import static scot.cswo.assurance.service.chase.Chasing.SIOBHAN_ADDRESS;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.cswo.assurance.domain.chase.ChaseItem;
import scot.cswo.assurance.domain.chase.ChasePlan;
import scot.cswo.assurance.domain.chase.CoveringText;
import scot.cswo.assurance.domain.chase.LeadChase;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.domain.history.HistoryEntry;
import scot.cswo.assurance.domain.matrix.Mechanism;
import scot.cswo.assurance.domain.schedule.MechanismStatus;
import scot.cswo.assurance.domain.schedule.Status;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.testing.Dundee;

/** Chases written as drafts for the office's own mail program, read back as a mail program reads them. */
class ChaseDraftsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);

    @TempDir
    Path dir;

    private static LeadChase of(ChasePlan plan, String name) {
        return plan.toChase().stream().filter(c -> c.lead().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachLeadWithAnAddressGetsOneUnsentDraftAddressedToThemByName() throws Exception {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            ChaseService chases = workspace.chases();

            List<Path> drafts = chases.writeDrafts(chases.plan(TODAY, null), dir.resolve("drafts"));

            assertThat(drafts).hasSize(2);
            MimeMessage draft = Chasing.read(drafts.stream()
                    .filter(p -> p.getFileName().toString().contains(SIOBHAN)).findFirst().orElseThrow());
            assertThat(draft.getHeader("X-Unsent", null)).isEqualTo("1");
            InternetAddress to = (InternetAddress) draft.getRecipients(MimeMessage.RecipientType.TO)[0];
            assertThat(to.getAddress()).isEqualTo(SIOBHAN_ADDRESS);
            assertThat(to.getPersonal()).isEqualTo(SIOBHAN);
            assertThat(draft.getContentType()).startsWith("multipart/alternative");
            assertThat(Chasing.plain(draft)).startsWith("Dear " + SIOBHAN + ",");
            assertThat(Chasing.html(draft)).contains("<p>Dear " + SIOBHAN + ",</p>");
        }
    }

    @Test
    void aDraftListsThatLeadsItemsAndNoOtherLeads() throws Exception {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            ChaseService chases = workspace.chases();
            ChasePlan plan = chases.plan(TODAY, null);

            List<Path> drafts = chases.writeDrafts(plan, dir.resolve("drafts"));

            String siobhans = Chasing.plain(Chasing.read(drafts.stream()
                    .filter(p -> p.getFileName().toString().contains(SIOBHAN)).findFirst().orElseThrow()));
            List<ChaseItem> hers = of(plan, SIOBHAN).items();
            assertThat(hers).isNotEmpty();
            hers.forEach(item -> assertThat(siobhans).contains(item.ref() + " " + item.description()));
            List<String> onlyKathryns = of(plan, KATHRYN).items().stream().filter(i -> !hers.contains(i))
                    .map(i -> i.ref() + " " + i.description()).toList();
            assertThat(onlyKathryns).isNotEmpty().allSatisfy(item -> assertThat(siobhans).doesNotContain(item));
        }
    }

    @Test
    void eachItemsStatusAndReasonAreTheStatusEnginesOwn() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            StatusBoard board = workspace.status().board(TODAY);

            ChasePlan plan = workspace.chases().plan(TODAY, KATHRYN);

            assertThat(of(plan, KATHRYN).items()).filteredOn(i -> i.kind() == ChaseItem.Kind.MECHANISM)
                    .isNotEmpty().allSatisfy(item -> {
                        MechanismStatus status = board.byMechanism().get(item.id());
                        assertThat(item.status()).isEqualTo(status.status()).isIn(Status.OVERDUE, Status.DUE_SOON);
                        assertThat(item.why()).isEqualTo(status.reason());
                        assertThat(item.due()).isEqualTo(status.due());
                        assertThat(item.evidence()).isNotBlank();
                    });
        }
    }

    @Test
    void leadsWithSomethingToChaseButNoAddressAreListedNotSkipped() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);

            ChasePlan plan = workspace.chases().plan(TODAY, null);

            assertThat(plan.toChase()).extracting(c -> c.lead().name()).containsExactlyInAnyOrder(SIOBHAN, KATHRYN);
            assertThat(plan.withoutAddress()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.items()).isNotEmpty())
                    .extracting(c -> c.lead().name()).contains("Gillian Milne");
        }
    }

    @Test
    void aDraftedChaseIsRecordedOnItsMechanismsRowsAndInTheirHistory() {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            ChaseService chases = workspace.chases();
            ChasePlan plan = chases.plan(TODAY, SIOBHAN);
            Mechanism chased = workspace.status().board(TODAY).matrix().mechanisms().stream()
                    .filter(m -> m.id() == of(plan, SIOBHAN).items().getFirst().id()).findFirst().orElseThrow();

            chases.writeDrafts(plan, dir.resolve("drafts"));

            assertThat(chases.chasedPhrase(chased.id())).hasValue("Chase drafted 22/11/2025 by COUNCIL\\tester");
            List<HistoryEntry> history = workspace.history().forMechanism(chased.id());
            assertThat(history).anySatisfy(e -> {
                assertThat(e.field()).isEqualTo("chased");
                assertThat(e.newValue()).startsWith("drafted for " + SIOBHAN + " <" + SIOBHAN_ADDRESS + ">");
                assertThat(e.account()).isEqualTo("COUNCIL\\tester");
            });
        }
    }

    @Test
    void theOfficesCoveringTextIsKeptAndUsedForLaterChases() throws Exception {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            workspace.chases().saveTemplate("Evidence wanted from {lead}", "Hello {lead},\n\nAs at {date}, please send:");
        }
        try (Workspace reopened = Dundee.open(dir, TODAY)) {
            ChaseService chases = reopened.chases();

            List<Path> drafts = chases.writeDrafts(chases.plan(TODAY, SIOBHAN), dir.resolve("drafts"));

            MimeMessage draft = Chasing.read(drafts.getFirst());
            assertThat(draft.getSubject()).isEqualTo("Evidence wanted from " + SIOBHAN);
            assertThat(Chasing.plain(draft)).startsWith("Hello " + SIOBHAN + ",\n\nAs at 22/11/2025, please send:");
        }
    }

    @Test
    void aDraftComesFromTheOfficesAddressOnceOneIsSetUp() throws Exception {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            ChaseService chases = workspace.chases();
            List<Path> before = chases.writeDrafts(chases.plan(TODAY, SIOBHAN), dir.resolve("before"));
            chases.saveMailSettings(new MailSettings("smtp.dundeecity.gov.uk", 587, true, null,
                    "cswo.office@dundeecity.gov.uk", null));

            List<Path> after = chases.writeDrafts(chases.plan(TODAY, SIOBHAN), dir.resolve("after"));

            assertThat(Chasing.read(before.getFirst()).getFrom()).as("no sender set up: the mail program's own").isNull();
            InternetAddress from = (InternetAddress) Chasing.read(after.getFirst()).getFrom()[0];
            assertThat(from.getAddress()).isEqualTo("cswo.office@dundeecity.gov.uk");
        }
    }

    @Test
    void anEnDashAndIrishNamesSurviveInThePlainTextAndTheSubject() throws Exception {
        try (Workspace workspace = Dundee.open(dir, TODAY)) {
            Chasing.giveTwoLeadsAddresses(workspace);
            ChaseService chases = workspace.chases();

            List<Path> drafts = chases.writeDrafts(chases.plan(TODAY, SIOBHAN), dir.resolve("drafts"),
                    new CoveringText("Evidence – {lead}", "A dhuine uasail {lead} – Q3 2025–26, please."));

            MimeMessage draft = Chasing.read(drafts.getFirst());
            assertThat(draft.getSubject()).isEqualTo("Evidence – " + SIOBHAN);
            assertThat(Chasing.plain(draft)).startsWith("A dhuine uasail " + SIOBHAN + " – Q3 2025–26, please.");
            assertThat(Chasing.html(draft)).contains(SIOBHAN + " – Q3 2025–26");
        }
    }
}
