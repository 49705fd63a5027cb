package scot.cswo.assurance.store.matrix;

import static scot.cswo.assurance.store.jooq.Tables.MECHANISM;
import static scot.cswo.assurance.store.jooq.Tables.MECHANISM_FREQUENCY;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;
import scot.cswo.assurance.domain.frequency.Frequencies;
import scot.cswo.assurance.domain.frequency.Frequency;

/**
 * The one mapping between a {@link Frequency} and the columns that keep it, used for a
 * mechanism's current rule and for the dated rules of its history.
 */
record FrequencyColumns(Field<String> kind, Field<String> code, Field<String> wording, Field<LocalDate> target) {
    /** A mechanism's rule now. */
    static final FrequencyColumns CURRENT = new FrequencyColumns(MECHANISM.FREQUENCY_KIND, MECHANISM.FREQUENCY_CODE,
            MECHANISM.FREQUENCY_WORDING, MECHANISM.TARGET_DATE);
    /** A rule in a mechanism's history. */
    static final FrequencyColumns DATED = new FrequencyColumns(MECHANISM_FREQUENCY.FREQUENCY_KIND,
            MECHANISM_FREQUENCY.FREQUENCY_CODE, MECHANISM_FREQUENCY.FREQUENCY_WORDING, MECHANISM_FREQUENCY.TARGET_DATE);

    /** Kept as the start of a mechanism's first dated rule, which applies from the very beginning. */
    static final LocalDate FROM_THE_START = LocalDate.of(1900, 1, 1);

    /** The columns' values for a frequency, to set in an insert or update. */
    Map<Field<?>, Object> of(Frequency frequency) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(kind, frequency.kind().name());
        values.put(code, frequency.code());
        values.put(wording, frequency.wording());
        values.put(target, frequency instanceof Frequency.OneOff once ? once.target() : null);
        return values;
    }

    /** These columns given the values another set holds in {@code row}, copied as kept. */
    Map<Field<?>, Object> copied(FrequencyColumns from, Record row) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(kind, row.get(from.kind));
        values.put(code, row.get(from.code));
        values.put(wording, row.get(from.wording));
        values.put(target, row.get(from.target));
        return values;
    }

    /** The frequency kept in these columns of {@code row}. */
    Frequency read(Record row) {
        return Frequencies.fromCode(row.get(code), row.get(wording), row.get(target));
    }

    /** A dated rule's first day as kept; null for the first rule, which applies from the start. */
    static LocalDate effectiveFrom(LocalDate kept) {
        return kept.isAfter(FROM_THE_START) ? kept : null;
    }
}
