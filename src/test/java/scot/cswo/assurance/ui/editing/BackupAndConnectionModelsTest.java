package scot.cswo.assurance.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import scot.cswo.assurance.service.ConnectionField;
import scot.cswo.assurance.service.backup.BackupService;
import scot.cswo.assurance.ui.ViewModelTest;
import scot.cswo.assurance.ui.RecordingDialogs.Shown;

/** The backups dialog and the connection forms, with no window, on this PC's own database. */
class BackupAndConnectionModelsTest extends ViewModelTest {
    private static final String ON_A_SERVER = "scot.cswo.assurance.testing.TestEngine#postgres";
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Object> saved = new ArrayList<>();

    /** Takes a backup, then asks to restore it, answering the confirmation {@code confirmed}. */
    private void restoreABackupTakenNow(boolean confirmed) {
        BackupsViewModel backups = backups();
        backups.backupNow();
        open.dialogs().confirming(confirmed);
        backups.restore(backups.taken().getFirst().file());
    }

    private BackupsViewModel backups() {
        BackupService service = open.workspace().backups().orElseThrow();
        return new BackupsViewModel(service, open.state(), open.dialogs(), () -> closed.set(true));
    }

    @Test
    @DisabledIf(value = ON_A_SERVER, disabledReason = "backups and copying are for this PC's own database")
    void aBackupTakenNowIsListed() {
        BackupsViewModel backups = backups();
        backups.backupNow();

        assertThat(backups.taken()).anyMatch(b -> b.reason().equals("manual"));
    }

    @Test
    @DisabledIf(value = ON_A_SERVER, disabledReason = "backups and copying are for this PC's own database")
    void aRestoreSaysWhatTheBackupHoldsAndLeavesTheAppOpenUnlessConfirmed() {
        restoreABackupTakenNow(false);

        assertThat(open.dialogs().shown()).extracting(Shown::kind).containsExactly("confirm");
        assertThat(open.dialogs().shown().getFirst().text()).contains(open.matrix().framework().name());
        assertThat(closed).isFalse();
    }

    @Test
    @DisabledIf(value = ON_A_SERVER, disabledReason = "backups and copying are for this PC's own database")
    void aConfirmedRestoreClosesTheAppToPutTheBackupInPlace() {
        restoreABackupTakenNow(true);

        assertThat(closed).isTrue();
    }

    @Test
    @DisabledIf(value = ON_A_SERVER, disabledReason = "backups and copying are for this PC's own database")
    void howManyBackupsToKeepIsSaved() {
        BackupsViewModel backups = backups();
        backups.keepProperty().set("5");
        backups.saveKeep();

        assertThat(open.workspace().backups().orElseThrow().keep()).isEqualTo(5);
    }

    @Test
    void aServerAddressAndUserEachHaveTheirMessage() {
        ConnectionFormModel form = new ConnectionFormModel(open.connections(), open.state(), open.dialogs());
        form.useServerProperty().set(true);
        form.urlProperty().set("mysql://sql01/cswo");
        form.save(saved::add);
        assertThat(form.messages().of(ConnectionField.SERVER_ADDRESS).get()).isNotNull();

        form.urlProperty().set("jdbc:postgresql://sql01.council.local:5432/cswo");
        form.userProperty().set(" ");
        form.save(saved::add);
        assertThat(form.messages().of(ConnectionField.USER).get()).isEqualTo("give the user name the server knows you by.");
        assertThat(saved).isEmpty();
        assertThat(open.connections().server()).isEmpty();
    }

    @Test
    void aServerChosenIsUsedFromTheNextStart() {
        ConnectionFormModel form = new ConnectionFormModel(open.connections(), open.state(), open.dialogs());
        form.useServerProperty().set(true);
        form.urlProperty().set("jdbc:postgresql://sql01.council.local:5432/cswo");
        form.userProperty().set("jsmith");
        form.save(saved::add);

        assertThat(saved).containsExactly(true);
        assertThat(open.connections().server()).hasValueSatisfying(s -> assertThat(s.user()).isEqualTo("jsmith"));
    }

    @Test
    @DisabledIf(value = ON_A_SERVER, disabledReason = "backups and copying are for this PC's own database")
    void aCopyToAnAddressThatIsNotAServersIsRefusedBesideTheAddress() {
        CopyToServerFormModel form = new CopyToServerFormModel((url, user, password) -> open.connections()
                .copyToServer(open.workspace(), url, user, password), open.connections(), open.state(),
                open.dialogs());
        form.urlProperty().set("mysql://sql01/cswo");
        form.userProperty().set("jsmith");
        form.passwordProperty().set("secret");
        form.save(saved::add);

        assertThat(form.messages().of(ConnectionField.SERVER_ADDRESS).get()).isNotNull();
        assertThat(saved).isEmpty();
    }
}
