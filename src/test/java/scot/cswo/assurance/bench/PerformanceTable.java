package scot.cswo.assurance.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The README's Performance table, generated from the figures of one run. */
final class PerformanceTable {
    private PerformanceTable() {
    }

    static String markdown(String machine, List<Figure> figures) {
        StringBuilder table = new StringBuilder();
        table.append("Measured by `mvn -Pbench clean verify` on ").append(LocalDate.now()).append(": ")
                .append(machine).append(".\n\n");
        table.append("| Figure | Measured | Floor (same run) | Ratio | Target | Met |\n");
        table.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Figure f : figures) {
            table.append("| ").append(f.title()).append(" | ").append(amount(f.value(), f.unit()))
                    .append(" | ").append(f.floorTitle() == null ? "" : f.floorTitle() + ": " + amount(f.floor(), f.unit()))
                    .append(" | ").append(f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()))
                    .append(" | ").append(f.target())
                    .append(" | ").append(f.met() == null ? (f.value() == null ? f.note() : "") : f.met() ? "met"
                            : "**missed**")
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String amount(Double value, String unit) {
        if (value == null) {
            return "—";
        }
        return (value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value))
                + " " + unit;
    }
}
