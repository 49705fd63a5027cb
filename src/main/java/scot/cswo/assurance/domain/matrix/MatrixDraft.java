package scot.cswo.assurance.domain.matrix;

import java.util.List;
import scot.cswo.assurance.domain.frequency.Frequency;

/**
 * A validated matrix ready to be saved: functions, distinct mechanisms (a mechanism listed under
 * two functions appears once) and the rows linking them.
 */
public record MatrixDraft(List<FunctionDraft> functions, List<MechanismDraft> mechanisms, List<RowDraft> rows) {

    public MatrixDraft {
        functions = List.copyOf(functions);
        mechanisms = List.copyOf(mechanisms);
        rows = List.copyOf(rows);
    }

    public record FunctionDraft(int number, String title) {
    }

    public record MechanismDraft(String description, Frequency frequency, List<LeadDraft> leads) {
        public MechanismDraft {
            leads = List.copyOf(leads);
        }
    }

    /** @param email the address the file gave for this lead; null if none */
    public record LeadDraft(String name, boolean role, String email) {

        public LeadDraft(String name, boolean role) {
            this(name, role, null);
        }
    }

    /** @param mechanismIndex index into {@link #mechanisms()} */
    public record RowDraft(Ref ref, int functionNumber, int mechanismIndex) {
    }
}
