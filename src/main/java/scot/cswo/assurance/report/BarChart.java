package scot.cswo.assurance.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The report's chart: periods assured and missed per function as grouped bars. Missed bars are
 * hatched as well as red and every bar carries its number, so nothing depends on colour alone.
 */
final class BarChart {
    static final Color ASSURED = new Color(0x1e7b34);
    static final Color MISSED = new Color(0xb3261e);
    private static final Color TEXT = ChartImage.TEXT;
    private static final Color GRID = ChartImage.GRID;
    private static final Font BASE = ChartImage.BASE;

    /** One group of bars. */
    record Group(String label, int assured, int missed) {
    }

    private BarChart() {
    }

    /** A PNG of the chart, drawn at {@code scale} times 680 by 300 points for print sharpness. */
    static byte[] png(List<Group> groups, String assuredLabel, String missedLabel, int scale) {
        return ChartImage.png(680, 300, scale, g -> draw(g, groups, assuredLabel, missedLabel, 680, 300));
    }

    private static void draw(Graphics2D g, List<Group> groups, String assuredLabel, String missedLabel, int width,
                             int height) {
        int left = 46;
        int right = width - 12;
        int top = 40;
        int bottom = height - 34;
        int max = Math.max(1, groups.stream().mapToInt(gr -> Math.max(gr.assured(), gr.missed())).max().orElse(1));
        int step = (int) ChartImage.niceStep(max, true);
        int axisMax = ((max + step - 1) / step) * step;

        g.setFont(BASE.deriveFont(10f));
        for (int value = 0; value <= axisMax; value += step) {
            int y = bottom - (int) Math.round((bottom - top) * value / (double) axisMax);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(0.6f));
            g.drawLine(left, y, right, y);
            g.setColor(TEXT);
            String label = Integer.toString(value);
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(1f));
        g.drawLine(left, bottom, right, bottom);

        double slot = (right - left) / (double) Math.max(1, groups.size());
        double bar = Math.min(22, slot * 0.34);
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            double centre = left + slot * i + slot / 2;
            bar(g, centre - bar - 1, bar, group.assured(), axisMax, top, bottom, false);
            bar(g, centre + 1, bar, group.missed(), axisMax, top, bottom, true);
            g.setColor(TEXT);
            g.setFont(BASE.deriveFont(10.5f));
            int labelWidth = g.getFontMetrics().stringWidth(group.label());
            g.drawString(group.label(), (float) (centre - labelWidth / 2.0), bottom + 16);
        }
        legend(g, assuredLabel, missedLabel, left);
    }

    private static void bar(Graphics2D g, double x, double width, int value, int axisMax, int top, int bottom,
                            boolean hatched) {
        int h = (int) Math.round((bottom - top) * value / (double) axisMax);
        Rectangle shape = new Rectangle((int) Math.round(x), bottom - h, (int) Math.round(width), h);
        g.setPaint(hatched ? hatch() : ASSURED);
        g.fill(shape);
        g.setColor(TEXT);
        g.setFont(BASE.deriveFont(9f));
        String label = Integer.toString(value);
        int labelWidth = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (float) (x + width / 2 - labelWidth / 2.0), bottom - h - 3);
    }

    private static void legend(Graphics2D g, String assuredLabel, String missedLabel, int left) {
        g.setFont(BASE.deriveFont(11f));
        g.setPaint(ASSURED);
        g.fillRect(left, 12, 14, 14);
        g.setColor(TEXT);
        g.drawString(assuredLabel, left + 20, 24);
        int next = left + 40 + g.getFontMetrics().stringWidth(assuredLabel);
        g.setPaint(hatch());
        g.fillRect(next, 12, 14, 14);
        g.setColor(TEXT);
        g.drawString(missedLabel, next + 20, 24);
    }

    private static TexturePaint hatch() {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D t = tile.createGraphics();
        t.setColor(MISSED);
        t.fillRect(0, 0, 8, 8);
        t.setColor(new Color(0xf2c4c0));
        t.setStroke(new BasicStroke(1.6f));
        t.drawLine(0, 8, 8, 0);
        t.dispose();
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }
}
