package scot.cswo.assurance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.evidence.Attachment;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.evidence.Evidence;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.evidence.EvidenceEntry;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.service.evidence.EvidenceService.Counting;
import scot.cswo.assurance.service.evidence.EvidenceService.Shown;

@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Record and list evidence.",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.NotApplicable.class,
            EvidenceCommand.NothingToReport.class, EvidenceCommand.Correct.class, EvidenceCommand.Withdraw.class,
            EvidenceCommand.ListEvidence.class})
final class EvidenceCommand {
    final CliContext context;

    @ParentCommand
    RootCommand root;

    EvidenceCommand(CliContext context) {
        this.context = context;
    }

    static String counted(List<Ref> refs, Ref ref) {
        List<Ref> others = refs.stream().filter(r -> !r.equals(ref)).toList();
        return others.isEmpty() ? "" : " (it also counts for " + String.join(", ", others.stream().map(Ref::text).toList()) + ")";
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Record evidence for the mechanism under a ref; it counts for every ref of that mechanism.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--ref", required = true, paramLabel = "REF", description = "The matrix ref, e.g. F1.3.")
        Ref ref;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
                description = "The day it happened (not the day it is typed).")
        LocalDate date;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What it was.")
        String note;

        @Option(names = "--reference", paramLabel = "R", description = "Minute or report number.")
        String reference;

        @Option(names = "--forum", paramLabel = "FORUM", description = "Where it was considered (JSWMT, IJB, …).")
        String forum;

        @Option(names = "--conclusion", paramLabel = "substantial|reasonable|limited|none",
                description = "The assurance it gives.")
        Conclusion conclusion;

        @Option(names = "--by", paramLabel = "NAME", description = "Who carried it out, if not you.")
        String by;

        @Option(names = "--attach", paramLabel = "FILE", description = "A file to keep with it (repeatable).")
        List<Path> attachments = List.of();

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                // Asked before saving, as the window asks while the date is typed: once saved, a missed
                // period behind the one assured no longer shows in today's status.
                Optional<String> caveat = caveat(workspace.evidence().whereItCounts(ref, date));
                Evidence saved = workspace.evidence().record(ref, new EvidenceInput(date, note, reference, forum,
                        conclusion, by, attachments));
                List<Ref> refs = workspace.evidence().list(date, Optional.of(ref), Shown.CURRENT).stream()
                        .filter(e -> e.evidence().id() == saved.id()).findFirst().map(EvidenceEntry::refs).orElse(List.of());
                parent.context.out().printf("Recorded evidence %d for %s dated %s%s.%n", saved.id(), ref,
                        DateFormats.display(saved.date()), counted(refs, ref));
                caveat.ifPresent(parent.context.out()::println);
            }
            return ExitCode.OK;
        }
    }

    /** What the window says as the date is typed, when the record will not assure the period the user may expect. */
    private static Optional<String> caveat(Counting counting) {
        return switch (counting.kind()) {
            case BEFORE_TRACKING -> Optional.of("This is before the framework's tracking start, so it counts for no"
                    + " period. To count earlier evidence, an administrator can move the tracking start.");
            case NO_PERIOD -> Optional.of("No meeting is entered on or after this date, so it counts for no period"
                    + " yet; add the meeting with 'meetings add'.");
            case PERIOD -> Optional.ofNullable(counting.stillMissed()).map(missed -> "Counts for "
                    + counting.period().label() + ". " + missed.label() + " stays missed: if this happened in "
                    + missed.label() + ", correct the date.");
            // A record saved is never in the future, and the command line looks in the framework in force on its date.
            case OCCURRENCE, ONE_OFF, FUTURE, ELSEWHERE -> Optional.empty();
        };
    }

    @Command(name = "not-applicable", mixinStandardHelpOptions = true,
            description = "Record that a period needs no evidence, and why.")
    static final class NotApplicable implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--ref", required = true, paramLabel = "REF")
        Ref ref;

        @Option(names = "--period-containing", required = true, paramLabel = "YYYY-MM-DD",
                description = "Any date in the period (for meeting cycles: before the meeting).")
        LocalDate date;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                Evidence saved = workspace.evidence().notApplicable(ref, date, reason);
                parent.context.out().printf("Recorded %s as not applicable for the period ending %s.%n", ref,
                        DateFormats.display(saved.date()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "nothing-to-report", mixinStandardHelpOptions = true,
            description = "An event-driven mechanism's quarterly return: nothing happened in the quarter.")
    static final class NothingToReport implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--ref", required = true, paramLabel = "REF")
        Ref ref;

        @Option(names = "--quarter-containing", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate date;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                Evidence saved = workspace.evidence().nothingToReport(ref, date);
                parent.context.out().printf("Recorded \"nothing to report\" for %s, quarter ending %s.%n", ref,
                        DateFormats.display(saved.date()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = "Correct a record, saying why: the corrected version counts, the earlier one is kept.")
    static final class Correct implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The record (see evidence list).")
        long id;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The right activity date.")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", description = "The right account of what it was (for"
                + " \"not applicable\", the reason the period needs no evidence).")
        String note;

        @Option(names = "--reference", paramLabel = "R", description = "The right minute or report number.")
        String reference;

        @Option(names = "--forum", paramLabel = "FORUM", description = "The right forum.")
        String forum;

        @Option(names = "--conclusion", paramLabel = "substantial|reasonable|limited|none",
                description = "The right conclusion.")
        Conclusion conclusion;

        @Option(names = "--attach", paramLabel = "FILE", description = "A file to add to it (repeatable).")
        List<Path> attachments = List.of();

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is corrected.")
        String reason;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                Evidence earlier = workspace.evidence().find(id);
                EvidenceInput corrected = new EvidenceInput(date != null ? date : earlier.date(),
                        note != null ? note : earlier.note(), reference != null ? reference : earlier.reference(),
                        forum != null ? forum : earlier.forum(), conclusion != null ? conclusion : earlier.conclusion(),
                        earlier.providedBy(), attachments);
                Evidence saved = workspace.evidence().correct(id, corrected, reason);
                parent.context.out().printf("Corrected evidence %d: it is now record %d, dated %s; record %d is kept"
                        + " as the earlier version.%n", id, saved.id(), DateFormats.display(saved.date()), id);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = "Withdraw a record entered in error, saying why: it no longer counts but is kept.")
    static final class Withdraw implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--id", required = true, paramLabel = "ID", description = "The record (see evidence list).")
        long id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is withdrawn.")
        String reason;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.root.open()) {
                Evidence withdrawn = workspace.evidence().withdraw(id, reason);
                parent.context.out().printf("Withdrew evidence %d dated %s; it no longer counts. See it with"
                        + " evidence list --withdrawn.%n", id, DateFormats.display(withdrawn.date()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List evidence, newest first.")
    static final class ListEvidence implements Callable<Integer> {
        private static final Listing<EvidenceEntry> LISTING = new Listing<EvidenceEntry>()
                .column("Id", "id", 5, e -> e.evidence().id())
                .column("Refs", "refs", 12, e -> e.refs().stream().map(Ref::text).toList())
                .column("Date", "date", 10, e -> e.evidence().date().toString(),
                        e -> DateFormats.display(e.evidence().date()))
                .column("Kind", "kind", 0, e -> e.evidence().kind().name())
                .column("What", "note", 44, e -> e.evidence().note())
                .column("Reference", "reference", 14, e -> e.evidence().reference())
                .column("Forum", "forum", 0, e -> e.evidence().forum())
                .column("Conclusion", "conclusion", 11, e -> e.evidence().conclusion() == null ? null
                        : e.evidence().conclusion().name().toLowerCase(Locale.ROOT))
                .column("Recorded by", "recordedBy", 18, e -> e.evidence().providedBy() != null
                        ? e.evidence().providedBy() : e.evidence().recordedBy())
                .column("Counts", "counts", 10, e -> e.evidence().current() ? "yes"
                        : e.evidence().withdrawn() ? "withdrawn" : "corrected")
                .column("Recorded at", "recordedAt", 0, e -> e.evidence().recordedAt().toString())
                .column("Account", "recordedByAccount", 0, e -> e.evidence().recordedBy())
                .column("Acting for", "actingFor", 0, e -> e.evidence().actingFor())
                .column("Current", "current", 0, e -> e.evidence().current())
                .column("Replaces", "replaces", 0, e -> e.evidence().replacesId())
                .column("Withdrawn", "withdrawn", 0, e -> e.evidence().withdrawn())
                .column("Withdrawn because", "withdrawnReason", 0, e -> e.evidence().withdrawnReason())
                .column("Corrected because", "correctionReason", 0, e -> e.evidence().correctionReason())
                .column("Attachments", "attachments", 0, e -> e.evidence().attachments().stream()
                        .map(Attachment::originalName).toList());

        @ParentCommand
        EvidenceCommand parent;

        @Option(names = "--ref", paramLabel = "REF", description = "Only this ref's mechanism.")
        Ref ref;

        @Option(names = "--all", description = "Include the earlier versions of corrected records, and withdrawn ones.")
        boolean all;

        @Option(names = "--withdrawn", description = "Only the records withdrawn as entered in error.")
        boolean withdrawn;

        @Mixin
        AsOfOption asOf;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            LocalDate date = asOf.orToday(parent.context.clock());
            Shown shown = withdrawn ? Shown.WITHDRAWN : all ? Shown.ALL : Shown.CURRENT;
            String which = withdrawn ? "No record has been withdrawn" : all ? "No evidence is recorded"
                    : "No evidence counts";
            return parent.root.list(LISTING, output, workspace -> workspace.evidence().list(date,
                    Optional.ofNullable(ref), shown), which + (ref == null ? "" : " for " + ref.text())
                    + " under the framework in force on " + DateFormats.display(date) + ". For another framework's,"
                    + " add --as-of with a date in its years" + (all || withdrawn ? "." : "; --all also lists corrected"
                    + " and withdrawn records."));
        }
    }
}
