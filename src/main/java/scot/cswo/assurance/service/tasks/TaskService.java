package scot.cswo.assurance.service.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.lead.Absence;
import scot.cswo.assurance.domain.lead.LeadRepository;
import scot.cswo.assurance.domain.matrix.Lead;
import scot.cswo.assurance.domain.problem.Problems;
import scot.cswo.assurance.domain.problem.RefusedException;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.tasks.Task;
import scot.cswo.assurance.domain.tasks.TaskList;
import scot.cswo.assurance.service.access.Identity;
import scot.cswo.assurance.service.access.Access;

/** Who the signed-in user is among the leads, their tasks, and cover while leads are away. */
public final class TaskService {
    private final LeadRepository leads;
    private final Access access;
    private final Identity identity;
    private final Clock clock;

    public TaskService(LeadRepository leads, Access access, Clock clock) {
        this.leads = leads;
        this.access = access;
        this.identity = access.identity();
        this.clock = clock;
    }

    public Identity identity() {
        return identity;
    }

    /** The lead the signed-in account belongs to, if it has been linked. */
    public Optional<Lead> me() {
        return access.myLead();
    }

    /** "I am …": links the signed-in account to a lead, once. */
    public Lead claim(long leadId) {
        access.requireKnownAccount("link your account to a lead");
        me().ifPresent(lead -> {
            throw new RefusedException("Your account is already linked to " + lead.name() + ".");
        });
        return leads.claimAccount(leadId, identity.account(), clock.instant());
    }

    public List<Lead> leads() {
        return leads.all().stream().sorted(Lead.BY_NAME).toList();
    }

    /** The signed-in lead's tasks, including those covered for absent leads today. */
    public List<Task> myTasks(StatusBoard board) {
        return me().map(lead -> TaskList.of(lead, board, leads.absences(), LocalDate.now(clock))).orElse(List.of());
    }

    public List<Task> tasksOf(Lead lead, StatusBoard board) {
        return TaskList.of(lead, board, leads.absences(), LocalDate.now(clock));
    }

    public List<Absence> absences() {
        return leads.absences();
    }

    /** Marks a lead away between two dates, with a deputy who sees and can complete their tasks. */
    public Absence markAbsent(Lead lead, LocalDate from, LocalDate to, Lead deputy) {
        access.requireAbsenceFor(lead);
        Problems problems = new Problems();
        if (from == null) {
            problems.add(AbsenceField.FIRST_DAY, null, "give the first day away.");
        }
        if (to == null) {
            problems.add(AbsenceField.LAST_DAY, null, "give the last day away.");
        } else if (from != null && to.isBefore(from)) {
            problems.add(AbsenceField.LAST_DAY, DateFormats.display(to), "the last day is before the first.");
        }
        if (deputy == null) {
            problems.add(AbsenceField.DEPUTY, "", "choose who covers while they are away.");
        } else if (deputy.id() == lead.id()) {
            problems.add(AbsenceField.DEPUTY, deputy.name(), "choose someone other than the lead who is away.");
        }
        problems.refuseIfAny();
        return leads.addAbsence(lead.id(), deputy.id(), from, to, identity.account(), clock.instant());
    }
}
