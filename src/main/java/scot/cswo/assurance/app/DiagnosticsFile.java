package scot.cswo.assurance.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import scot.cswo.assurance.service.Diagnostics;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.files.SafeFiles;

/** Writes the diagnostics zip: logs, versions, the database's shape (counts only) and its backups. */
final class DiagnosticsFile implements Diagnostics {
    private final AppPaths paths;
    private final String version;
    private final Clock clock;

    DiagnosticsFile(AppPaths paths, String version, Clock clock) {
        this.paths = paths;
        this.version = version;
        this.clock = clock;
    }

    @Override
    public void write(Path zip, Workspace open) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(out, "about.txt", about(open).getBytes(StandardCharsets.UTF_8));
            Path logs = paths.logFile().getParent();
            if (Files.isDirectory(logs)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(logs, "{*.log,*.log.[0-9]*}")) {
                    for (Path log : files) {
                        entry(out, "logs/" + log.getFileName(), Files.readAllBytes(log));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SafeFiles.writeOutput(zip, "The diagnostics", bytes.toByteArray(), ".zip");
    }

    private String about(Workspace open) {
        StringBuilder text = new StringBuilder();
        line(text, "CSWO Assurance", version);
        line(text, "Written", clock.instant().toString());
        line(text, "Java", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        line(text, "System", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        line(text, "Locale and time zone", Locale.getDefault() + ", " + clock.getZone());
        line(text, "Memory", (Runtime.getRuntime().maxMemory() / 1024 / 1024) + " MB maximum, "
                + Runtime.getRuntime().availableProcessors() + " processors");
        line(text, "Data folder", paths.dataDir().toString());
        new ConnectionSettingsFile(paths.connectionSettings()).server().ifPresent(server ->
                line(text, "Server set for this PC", server.url() + " as " + server.user()));
        if (open == null) {
            line(text, "Database", "none open");
            return text.toString();
        }
        line(text, "Database", open.where());
        line(text, "Signed in as", open.access().identity().account() + " (" + open.access().role().label() + ")");
        if (open instanceof DatabaseWorkspace workspace) {
            text.append("\nRows per table (counts only):\n");
            for (Map.Entry<String, Integer> count : workspace.database().tableSizes().entrySet()) {
                text.append("  ").append(count.getKey()).append(": ").append(count.getValue()).append('\n');
            }
        }
        open.backups().ifPresent(backups -> {
            text.append("\nBackups in ").append(backups.folder()).append(":\n");
            backups.list().forEach(b -> text.append("  ").append(b.file().getFileName()).append(", ")
                    .append(b.bytes()).append(" bytes\n"));
        });
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append(": ").append(value).append('\n');
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
