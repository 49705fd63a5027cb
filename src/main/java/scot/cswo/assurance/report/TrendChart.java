package scot.cswo.assurance.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import scot.cswo.assurance.domain.dataset.PublishedFigures;

/**
 * A measure's trend for the report: its values as a solid line with each value written by its
 * point, and its target as a dashed line, so the two are told apart without colour.
 */
final class TrendChart {
    static final Color VALUE = new Color(0x1d5fb4);
    static final Color TARGET = new Color(0x5f6368);
    private static final int WIDTH = 560;
    private static final int HEIGHT = 220;

    /**
     * One period on the chart.
     *
     * @param value     null where there is no value, or it is not published (a small count)
     * @param shown     the value as written by its point ("1,204", "25.5")
     * @param target    null where there is no target
     */
    record Point(String label, Double value, String shown, Double target) {
    }

    private TrendChart() {
    }

    static byte[] png(List<Point> points, String valueLabel, String targetLabel, int scale) {
        return ChartImage.png(WIDTH, HEIGHT, scale, g -> draw(g, points, valueLabel, targetLabel));
    }

    private static void draw(Graphics2D g, List<Point> points, String valueLabel, String targetLabel) {
        int left = 52;
        int right = WIDTH - 16;
        int top = 38;
        int bottom = HEIGHT - 30;
        double max = points.stream().flatMap(p -> Stream.of(p.value(), p.target()))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(1);
        double step = ChartImage.niceStep(Math.max(max, 1), false);
        double axisMax = Math.ceil(Math.max(max, 1) / step) * step;
        g.setFont(ChartImage.BASE.deriveFont(10f));
        for (double value = 0; value <= axisMax + step / 2; value += step) {
            int y = y(value, axisMax, top, bottom);
            g.setColor(ChartImage.GRID);
            g.setStroke(new BasicStroke(0.6f));
            g.drawLine(left, y, right, y);
            g.setColor(ChartImage.TEXT);
            String label = PublishedFigures.number(BigDecimal.valueOf(value));
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(ChartImage.TEXT);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, bottom, right, bottom);
        double slot = (right - left) / (double) Math.max(1, points.size());
        Function<Integer, Double> x = i -> left + slot * i + slot / 2;
        for (int i = 0; i < points.size(); i++) {
            // "Apr–Jun 2025" is too wide for a quarter's slot on one line: the year goes beneath.
            String[] lines = points.get(i).label().split(" (?=\\d{4}$)");
            g.setFont(ChartImage.BASE.deriveFont(10.5f));
            for (int line = 0; line < lines.length; line++) {
                g.drawString(lines[line], (float) (x.apply(i) - g.getFontMetrics().stringWidth(lines[line]) / 2.0),
                        bottom + 16 + 12 * line);
            }
        }
        targets(g, points, x, slot, axisMax, top, bottom);
        values(g, points, x, axisMax, top, bottom);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.value() != null) {
                double px = x.apply(i);
                int py = y(p.value(), axisMax, top, bottom);
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7));
                g.setColor(VALUE);
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7));
                g.setColor(ChartImage.TEXT);
                g.setFont(ChartImage.BASE.deriveFont(9.5f));
                g.drawString(p.shown(), (float) (px - g.getFontMetrics().stringWidth(p.shown()) / 2.0), py - 8);
            }
        }
        legend(g, left, valueLabel, points.stream().anyMatch(p -> p.target() != null) ? targetLabel : null);
    }

    /** A target holds for its whole period, so it is a dashed level across the period's slot. */
    private static void targets(Graphics2D g, List<Point> points, Function<Integer, Double> x, double slot,
                                double axisMax, int top, int bottom) {
        g.setColor(TARGET);
        g.setStroke(dashed());
        for (int i = 0; i < points.size(); i++) {
            Double target = points.get(i).target();
            if (target != null) {
                int y = y(target, axisMax, top, bottom);
                g.draw(new Line2D.Double(x.apply(i) - slot / 2 + 2, y, x.apply(i) + slot / 2 - 2, y));
            }
        }
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 5f}, 0f);
    }

    /** The values joined up, with a gap where a period has none (or it is not published). */
    private static void values(Graphics2D g, List<Point> points, Function<Integer, Double> x, double axisMax, int top,
                               int bottom) {
        Path2D.Double path = new Path2D.Double();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            Double v = points.get(i).value();
            if (v == null) {
                drawing = false;
                continue;
            }
            double px = x.apply(i);
            double py = y(v, axisMax, top, bottom);
            if (drawing) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                drawing = true;
            }
        }
        g.setColor(VALUE);
        g.setStroke(new BasicStroke(2.4f));
        g.draw(path);
    }

    private static void legend(Graphics2D g, int left, String valueLabel, String targetLabel) {
        g.setFont(ChartImage.BASE.deriveFont(11f));
        g.setColor(VALUE);
        g.setStroke(new BasicStroke(2.4f));
        g.drawLine(left, 18, left + 22, 18);
        g.setColor(ChartImage.TEXT);
        g.drawString(valueLabel, left + 28, 22);
        if (targetLabel != null) {
            int next = left + 50 + g.getFontMetrics().stringWidth(valueLabel);
            g.setColor(TARGET);
            g.setStroke(dashed());
            g.drawLine(next, 18, next + 22, 18);
            g.setColor(ChartImage.TEXT);
            g.drawString(targetLabel, next + 28, 22);
        }
    }

    private static int y(double value, double axisMax, int top, int bottom) {
        return bottom - (int) Math.round((bottom - top) * value / axisMax);
    }
}
