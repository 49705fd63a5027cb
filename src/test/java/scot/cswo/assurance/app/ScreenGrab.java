package scot.cswo.assurance.app;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;
import javax.imageio.ImageIO;

/** Saves what the X display shows as a PNG: {@code java ScreenGrab OUT.png}, run with DISPLAY set. */
public final class ScreenGrab {
    private ScreenGrab() {
    }

    public static void main(String[] args) throws Exception {
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        ImageIO.write(new Robot().createScreenCapture(screen), "png", new File(args[0]));
    }
}
