package scot.cswo.assurance.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the PDF renderer's warnings to the app's log file rather than the console, where they
 * would mix with command output; its progress messages are dropped.
 */
final class RendererLog implements XRLogger {
    private static final Logger LOG = Logger.getLogger("scot.cswo.assurance.report.renderer");

    @Override
    public void log(String where, Level level, String msg) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.log(level, () -> where + ": " + msg);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.log(level, where + ": " + msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are fixed: warnings and above.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
