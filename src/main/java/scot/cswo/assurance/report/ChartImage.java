package scot.cswo.assurance.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** What the report's charts share: a white PNG drawn at print scale, the report's font, axis steps. */
final class ChartImage {
    static final Color TEXT = new Color(0x1a1a1a);
    static final Color GRID = new Color(0xd0d0d0);
    static final Font BASE = loadFont();

    private ChartImage() {
    }

    /** A PNG {@code width} by {@code height} points, drawn at {@code scale} times for print sharpness. */
    static byte[] png(int width, int height, int scale, Consumer<Graphics2D> draw) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
            writer.setOutput(out);
            // Light compression: the PDF renderer decodes and compresses the pixels again anyway.
            ImageWriteParam fast = writer.getDefaultWriteParam();
            fast.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            fast.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), fast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    /**
     * A round step for an axis up to {@code max}, giving at most eight gridlines.
     *
     * @param whole only whole-number steps (for counts)
     */
    static double niceStep(double max, boolean whole) {
        for (double magnitude = 1; magnitude <= 1e9; magnitude *= 10) {
            for (double step : new double[] {1, 2, 2.5, 5}) {
                boolean fractional = step * magnitude != Math.floor(step * magnitude);
                if (!(whole && fractional) && max / (step * magnitude) <= 8) {
                    return step * magnitude;
                }
            }
        }
        return Math.max(1, max / 8);
    }

    private static Font loadFont() {
        try (InputStream in = ChartImage.class.getClassLoader().getResourceAsStream("fonts/NotoSans-Regular.ttf")) {
            return in == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 10) : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        }
    }
}
