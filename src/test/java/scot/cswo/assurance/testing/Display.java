package scot.cswo.assurance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An X display for a real window in a child process: the one the build runs under, else a private
 * Xvfb that picks a free display number itself (-displayfd) and is stopped cleanly on close, so
 * repeated builds never leave stale displays behind.
 */
public final class Display implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private Display(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    public static Display open() throws IOException {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return new Display(current, null);
        }
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            throw new IllegalStateException("No display and no Xvfb to open a window on: apt-get install xvfb");
        }
        String number = xvfb.inputReader(StandardCharsets.UTF_8).readLine();
        if (number == null || number.isBlank()) {
            xvfb.destroyForcibly();
            throw new IllegalStateException("Xvfb did not start");
        }
        return new Display(":" + number.strip(), xvfb);
    }

    /** The value for DISPLAY. */
    public String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            // Asked to stop rather than killed, so Xvfb removes its lock and socket.
            xvfb.destroy();
            xvfb.waitFor();
        }
    }
}
