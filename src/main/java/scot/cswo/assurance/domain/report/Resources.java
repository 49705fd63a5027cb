package scot.cswo.assurance.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import scot.cswo.assurance.domain.problem.Field;
import scot.cswo.assurance.domain.problem.Problems;

/**
 * A year's Resources table as the office filled it in: each service's budget and outturn in
 * thousands of pounds, in the order typed, and the total line.
 */
public record Resources(List<ResourceLine> lines) {
    /** Longest service name: a table cell, not a paragraph. */
    public static final int MAX_SERVICE = 200;
    /** Over a hundred billion pounds is a typing slip, not a social work budget. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d)?");

    public Resources {
        lines = List.copyOf(lines);
    }

    /** A line as typed in the window: a row's three texts. */
    public record Typed(String service, String budget, String outturn) {
    }

    /**
     * Reads the rows typed in the window, refusing them all, with every problem named by row and
     * field, if any row is wrong. Rows left wholly blank are dropped.
     */
    public static Resources read(List<Typed> rows) {
        Problems problems = new Problems();
        List<ResourceLine> lines = new ArrayList<>();
        int number = 0;
        for (Typed row : rows) {
            number++;
            if (blank(row.service()) && blank(row.budget()) && blank(row.outturn())) {
                continue;
            }
            String service = Problems.collapse(row.service());
            problems.required(new RowField(number, "Service"), service, MAX_SERVICE, "name the service.");
            BigDecimal budget = amount(problems, new RowField(number, "Budget"), row.budget());
            BigDecimal outturn = amount(problems, new RowField(number, "Outturn"), row.outturn());
            lines.add(new ResourceLine(service, budget, outturn));
        }
        problems.refuseIfAny();
        return new Resources(lines);
    }

    /** The total line: every service's budget and outturn added up (its variance is theirs, added up). */
    public ResourceLine total() {
        return new ResourceLine("Total", lines.stream().map(ResourceLine::budget).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().map(ResourceLine::outturn).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal amount(Problems problems, Field field, String text) {
        String typed = text == null ? "" : text.strip().replace(",", "").replace("£", "");
        if (typed.isEmpty()) {
            problems.add(field, text, "enter the amount in thousands of pounds, like 12500 for £12.5 million.");
            return BigDecimal.ZERO;
        }
        if (!AMOUNT.matcher(typed).matches()) {
            problems.add(field, text, "write the amount in thousands of pounds as a number with at most one"
                    + " decimal place, like 12500 or 850.5.");
            return BigDecimal.ZERO;
        }
        BigDecimal amount = new BigDecimal(typed);
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(field, text, "an amount is between 0 and 100,000,000 (thousands of pounds).");
            return BigDecimal.ZERO;
        }
        return amount;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A field of one row of the table: "Row 3 budget". */
    record RowField(int row, String field) implements Field {
        @Override
        public String name() {
            return label();
        }

        @Override
        public String label() {
            return "Row " + row + " " + field.toLowerCase(Locale.ROOT);
        }
    }
}
