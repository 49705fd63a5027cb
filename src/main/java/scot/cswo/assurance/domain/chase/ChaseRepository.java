package scot.cswo.assurance.domain.chase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chases as they were made, the office's covering text, and the mail relay's settings. */
public interface ChaseRepository {

    /** Records a chase, with an entry in the history for the lead and for each mechanism and action in it. */
    ChaseRecord record(long leadId, String address, ChaseRecord.How how, List<ChaseItem> items, String account,
                       Instant at);

    /** Every chase made on or after {@code since}, newest first. */
    List<ChaseRecord> since(Instant since);

    /** Each mechanism's latest chase, by mechanism id. */
    Map<Long, ChaseRecord> latestByMechanism();

    Optional<CoveringText> template();

    void saveTemplate(CoveringText text, String account, Instant at);

    /** How many days without a chase before the dashboard counts an overdue item as not chased; empty until set. */
    Optional<Integer> quietDays();

    void saveQuietDays(int days, String account, Instant at);

    Optional<MailSettings> mailSettings();

    void saveMailSettings(MailSettings settings, String account, Instant at);
}
