package scot.cswo.assurance.bench;

/**
 * One measured figure beside its floor, measured in the same run on the same machine.
 *
 * @param limit   the target as a number: a ratio to the floor when {@code ratioTarget}, else an
 *                absolute bound in {@code unit}; null when the figure is context only
 * @param note    how it was measured, or why it could not be
 * @param condition a target that is a yes-or-no condition rather than a bound (null if none)
 * @param held    whether that condition held
 */
public record Figure(String key, String title, Double value, String unit, String floorTitle, Double floor,
                     Double limit, boolean ratioTarget, String note, String condition, Boolean held) {

    public Figure(String key, String title, Double value, String unit, String floorTitle, Double floor,
                  Double limit, boolean ratioTarget, String note) {
        this(key, title, value, unit, floorTitle, floor, limit, ratioTarget, note, null, null);
    }

    public Double ratio() {
        return value == null || floor == null || floor == 0 ? null : value / floor;
    }

    public Boolean met() {
        if (condition != null) {
            return held;
        }
        if (limit == null || value == null) {
            return null;
        }
        return ratioTarget ? ratio() != null && ratio() <= limit : value <= limit;
    }

    public String target() {
        if (condition != null) {
            return condition;
        }
        if (limit == null) {
            return "context";
        }
        return ratioTarget ? "≤ " + trim(limit) + " × floor" : "≤ " + trim(limit) + " " + unit;
    }

    public static Figure notMeasured(String key, String title, String why) {
        return new Figure(key, title, null, null, null, null, null, false, "not measured: " + why);
    }

    static String trim(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : String.format(java.util.Locale.ROOT,
                "%.2f", number).replaceAll("0+$", "");
    }
}
