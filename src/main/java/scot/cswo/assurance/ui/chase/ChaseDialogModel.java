package scot.cswo.assurance.ui.chase;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.chase.ChasePlan;
import scot.cswo.assurance.domain.chase.CoveringText;
import scot.cswo.assurance.domain.chase.MailSettings;
import scot.cswo.assurance.service.chase.ChaseService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.Browser;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.Messages;

/**
 * The chase dialog's state (issue 21, ADR 35): who would be sent what for the rows the user chose,
 * the leads who cannot be sent anything for want of an address, and the covering text, editable for
 * this chase and kept as the template on request. Drafts and sending go through {@link ChaseService},
 * on the database thread; nothing here works out a status.
 */
public final class ChaseDialogModel {
    private final AssuranceState state;
    private final ChaseService chases;
    private final DialogService dialogs;
    private final Browser browser;
    private final LocalDate asOf;
    private final Collection<Long> mechanismIds;
    private final String leadName;
    private final boolean withActions;
    private final ObservableList<String> messages = FXCollections.observableArrayList();
    private final ObservableList<String> withoutAddress = FXCollections.observableArrayList();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("chase.loading"));
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper relay = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private ChasePlan plan;
    private MailSettings settings;

    private record Loaded(ChasePlan plan, CoveringText template, Optional<MailSettings> relay) {
    }

    /**
     * @param asOf         the date the rows' statuses are for
     * @param mechanismIds the mechanisms of the rows chosen or shown
     * @param leadName     only this lead (My tasks: the lead whose tasks they are), or null for every lead
     * @param withActions  whether the leads' overdue improvement actions are listed too (My tasks shows them)
     */
    public ChaseDialogModel(AssuranceState state, ChaseService chases, DialogService dialogs, Browser browser,
                            LocalDate asOf, Collection<Long> mechanismIds, String leadName, boolean withActions) {
        this.leadName = leadName;
        this.withActions = withActions;
        this.state = state;
        this.chases = chases;
        this.dialogs = dialogs;
        this.browser = browser;
        this.asOf = asOf;
        this.mechanismIds = List.copyOf(mechanismIds);
    }

    /** Works out the messages on the database thread, then shows them. */
    public void load() {
        state.load(() -> new Loaded(chases.planFor(asOf, mechanismIds, leadName, withActions), chases.template(),
                        chases.mailSettings()),
                loaded -> {
                    plan = loaded.plan();
                    settings = loaded.relay().orElse(null);
                    messages.setAll(plan.toChase().stream().map(c -> Messages.get("chase.message", c.lead().name(),
                            c.lead().email(), c.items().size())).toList());
                    withoutAddress.setAll(plan.withoutAddress().stream().map(c -> Messages.get("chase.noAddress",
                            c.lead().name(), c.items().size())).toList());
                    subject.set(loaded.template().subject());
                    body.set(loaded.template().body());
                    relay.set(settings != null);
                    summary.set(summary(plan));
                    ready.set(!plan.toChase().isEmpty());
                }, dialogs::failed);
    }

    private String summary(ChasePlan shown) {
        if (shown.nothingToChase()) {
            return Messages.get("chase.nothing", mechanismIds.size());
        }
        return Messages.get("chase.summary", shown.toChase().size(), shown.withoutAddress().size());
    }

    /** Keeps the covering text as typed as the template for every later chase. */
    public void keepTemplate() {
        String keptSubject = subject.get();
        String keptBody = body.get();
        state.save(() -> chases.saveTemplate(keptSubject, keptBody), kept -> note.set(Messages.get("chase.kept")),
                dialogs::failed);
    }

    /** Asks for a folder, writes one draft per lead there, then offers to open the folder. */
    public void writeDrafts() {
        Optional<Path> folder = dialogs.folderToUse(Messages.get("chase.drafts.folder"));
        if (folder.isEmpty()) {
            return;
        }
        ChasePlan chased = plan;
        String typedSubject = subject.get();
        String typedBody = body.get();
        state.save(() -> chases.writeDrafts(chased, folder.get(), new CoveringText(typedSubject, typedBody)),
                written -> {
                    finished.set(true);
                    if (dialogs.confirm(Messages.get("chase.title"), Messages.get("chase.drafts.done", written.size(),
                            folder.get().toString()), Messages.get("chase.drafts.open"), Messages.get("chase.close"))) {
                        browser.open(folder.get().toUri().toString());
                    }
                }, this::failed);
    }

    /** Asks for the relay's password (if it signs in), sends, and says how many went. */
    public void send() {
        if (settings == null) {
            return;
        }
        char[] password = new char[0];
        if (settings.signsIn()) {
            Optional<char[]> typed = dialogs.password(Messages.get("chase.title"), Messages.get("chase.password",
                    settings.account(), settings.host()));
            if (typed.isEmpty()) {
                return;
            }
            password = typed.get();
        }
        ChasePlan chased = plan;
        char[] once = password;
        String typedSubject = subject.get();
        String typedBody = body.get();
        state.save(() -> {
            try {
                return chases.send(chased, once, new CoveringText(typedSubject, typedBody));
            } finally {
                // Used once and forgotten: the password is never kept.
                Arrays.fill(once, '\0');
            }
        }, sent -> {
            finished.set(true);
            dialogs.done(Messages.get("chase.title"), Messages.get("chase.sent", sent));
        }, this::failed);
    }

    /** Says what went wrong; chases that went before a failure are recorded, so every screen reloads. */
    private void failed(Throwable error) {
        state.refresh();
        dialogs.failed(error);
    }

    /** "Jane Martin <jane.martin@…>: 3 items", one per lead to be sent a message. */
    public ObservableList<String> messages() {
        return messages;
    }

    /** The leads with something to chase and no address, by name, with what to do. */
    public ObservableList<String> withoutAddress() {
        return withoutAddress;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Kept as the template." once it is. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True once there is at least one message to write or send. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True when a mail relay is set up, so the chase can be sent from here. */
    public ReadOnlyBooleanProperty relayProperty() {
        return relay.getReadOnlyProperty();
    }

    /** True once the drafts are written or the chases sent: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
