package scot.cswo.assurance.domain.dataset;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.problem.InvalidDataException;
import scot.cswo.assurance.domain.report.ReportYear;

/**
 * The period a dataset value is for: a quarter of a financial year ({@code 2025-Q1}) for quarterly
 * measures, or the whole financial year ({@code 2025-26}) for annual ones.
 *
 * @param quarter 1 to 4, or 0 for the whole year
 */
public record DataPeriod(int financialYear, int quarter) implements Comparable<DataPeriod> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})[-/](\\d{2})");

    public DataPeriod {
        if (quarter < 0 || quarter > 4) {
            throw new InvalidDataException("A quarter is numbered 1 to 4, not " + quarter + ".");
        }
    }

    public static DataPeriod of(Quarter quarter) {
        return new DataPeriod(quarter.financialYear(), quarter.number());
    }

    public static DataPeriod year(int financialYear) {
        return new DataPeriod(financialYear, 0);
    }

    /** Reads "2025-Q1" or "2025-26" (also "2025/26"); anything else is refused with the text given. */
    public static DataPeriod parse(String text) {
        String tidy = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher year = YEAR.matcher(tidy);
        if (year.matches()) {
            int start = Integer.parseInt(year.group(1));
            if (Integer.parseInt(year.group(2)) != (start + 1) % 100) {
                throw new InvalidDataException("A financial year is written like 2025-26, with the second year"
                        + " following the first, not \"" + text + "\".");
            }
            return year(start);
        }
        try {
            return of(Quarter.parse(tidy));
        } catch (InvalidDataException e) {
            throw new InvalidDataException("A period is a quarter like 2025-Q1 (April to June 2025) or a financial"
                    + " year like 2025-26, not \"" + text + "\".");
        }
    }

    public boolean wholeYear() {
        return quarter == 0;
    }

    public Optional<Quarter> asQuarter() {
        return wholeYear() ? Optional.empty() : Optional.of(new Quarter(financialYear, quarter));
    }

    /** The financial year's label: 2025-26. */
    public String yearLabel() {
        return new ReportYear(financialYear).label();
    }

    public String label() {
        return wholeYear() ? yearLabel() : financialYear + "-Q" + quarter;
    }

    @Override
    public int compareTo(DataPeriod other) {
        return financialYear != other.financialYear ? Integer.compare(financialYear, other.financialYear)
                : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return label();
    }
}
