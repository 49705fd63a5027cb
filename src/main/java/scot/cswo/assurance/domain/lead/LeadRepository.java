package scot.cswo.assurance.domain.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cswo.assurance.domain.matrix.Lead;

/** Leads, the accounts they sign in with, and their absences. */
public interface LeadRepository {

    List<Lead> all();

    /** Records that this account belongs to this lead ("I am …"). */
    Lead claimAccount(long leadId, String account, Instant at);

    Lead add(String name, String jobTitle, String windowsAccount, String email, String account, Instant at);

    /** Saves a lead's details; refused if someone changed them since {@code lead.version()} was read. */
    Lead update(Lead lead, String account, Instant at);

    /** Hands every mechanism of a leaver to a successor and marks the leaver inactive; returns how many moved. */
    int reassign(long leaverId, long successorId, String account, Instant at);

    List<Absence> absences();

    Absence addAbsence(long leadId, long deputyLeadId, LocalDate from, LocalDate to, String account, Instant at);
}
