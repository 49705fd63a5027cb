package scot.cswo.assurance.ui.evidence;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import scot.cswo.assurance.domain.DateText;
import scot.cswo.assurance.service.evidence.EvidenceService.Counting;
import scot.cswo.assurance.ui.AssuranceState;

/**
 * Follows a form's date as it is typed and says, in a sentence, where a record of that date counts;
 * empty while the text is not a date. A late answer for text since changed is dropped.
 */
final class WhereItCounts {
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");

    /**
     * @param counting where a record of a day counts (run on the database thread)
     * @param words    that, in the form's own sentence
     */
    WhereItCounts(AssuranceState state, StringProperty dateText, Function<LocalDate, Counting> counting,
                  Function<Counting, String> words) {
        dateText.addListener((obs, old, text) -> DateText.read(text).ifPresentOrElse(day -> state.load(
                () -> counting.apply(day), answer -> {
                    if (DateText.read(dateText.get()).filter(day::equals).isPresent()) {
                        sentence.set(words.apply(answer));
                    }
                }, failure -> sentence.set("")), () -> sentence.set("")));
    }

    ReadOnlyStringProperty sentence() {
        return sentence.getReadOnlyProperty();
    }
}
