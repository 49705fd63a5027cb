package scot.cswo.assurance.bench;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import scot.cswo.assurance.app.TestApp;
import scot.cswo.assurance.domain.evidence.Conclusion;
import scot.cswo.assurance.domain.matrix.AssuranceMatrix;
import scot.cswo.assurance.domain.matrix.Ref;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.report.AnnualReport;
import scot.cswo.assurance.service.Workspace;
import scot.cswo.assurance.service.WorkspaceOpener;
import scot.cswo.assurance.service.evidence.EvidenceInput;
import scot.cswo.assurance.store.Database;
import scot.cswo.assurance.store.DatabaseLocation;

/**
 * The in-process figures, measured with JMH in a forked JVM: status at scale and its floor, the
 * report warm and its OpenPDF floor, and a durable save. The databases come from system properties
 * set by {@link BenchMain}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InProcess {

    /** The 50,000-mechanism database, opened as the app opens it. */
    @State(Scope.Benchmark)
    public static class Scale {
        Workspace workspace;
        AssuranceMatrix matrix;
        LocalDate today = LocalDate.now();

        @Setup(Level.Trial)
        public void open() {
            Path file = Path.of(System.getProperty("bench.scale"));
            workspace = new TestApp(file.resolveSibling("data"), today, BenchData.BENCH).opener().open(file,
                    WorkspaceOpener.Mode.MUST_EXIST);
            matrix = workspace.matrix().matrix();
        }

        @TearDown(Level.Trial)
        public void close() {
            workspace.close();
        }
    }

    /** The same data through plain JDBC-level access, for the floor query. */
    @State(Scope.Benchmark)
    public static class ScaleFloor {
        Database database;

        @Setup(Level.Trial)
        public void open() {
            database = Database.openEmbedded(DatabaseLocation.of(Path.of(System.getProperty("bench.scale"))), false);
        }

        @TearDown(Level.Trial)
        public void close() {
            database.close();
        }
    }

    /** Dundee with five years of evidence. */
    @State(Scope.Benchmark)
    public static class Dundee {
        Workspace workspace;
        ReportYear year;
        final AtomicInteger saved = new AtomicInteger();

        @Setup(Level.Trial)
        public void open() {
            Path file = Path.of(System.getProperty("bench.dundee"));
            LocalDate today = LocalDate.now();
            workspace = new TestApp(file.resolveSibling("data"), today, BenchData.BENCH).opener().open(file,
                    WorkspaceOpener.Mode.MUST_EXIST);
            List<ReportYear> years = workspace.report().years();
            year = years.size() > 1 ? years.get(1) : years.getFirst();
        }

        @TearDown(Level.Trial)
        public void close() {
            workspace.close();
        }
    }

    @Benchmark
    public StatusBoard statusAtScale(Scale scale) {
        return scale.workspace.status().board(scale.matrix, scale.today);
    }

    @Benchmark
    public int latestEvidenceQuery(ScaleFloor floor) {
        return floor.database.read(ctx -> ctx.fetch("select mechanism_id, max(activity_date) from evidence"
                + " group by mechanism_id").size());
    }

    @Benchmark
    public byte[] reportWarm(Dundee dundee) {
        return new AnnualReport(dundee.workspace.report().data(dundee.year, Optional.empty())).pdf();
    }

    /** A comparable 40-page document with a vector chart, untagged, in OpenPDF. */
    @Benchmark
    public byte[] openPdfFloor() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        Font body = new Font(Font.HELVETICA, 10);
        for (int page = 1; page <= 40; page++) {
            document.add(new Paragraph("Section " + page + ": assurance of statutory functions", new Font(
                    Font.HELVETICA, 14, Font.BOLD)));
            PdfPTable table = new PdfPTable(5);
            for (int cell = 0; cell < 60; cell++) {
                table.addCell(new Paragraph("F" + page + "." + cell + " mechanism text", body));
            }
            document.add(table);
            PdfContentByte canvas = writer.getDirectContent();
            for (int bar = 0; bar < 10; bar++) {
                canvas.rectangle(60 + bar * 45, 80, 30, 20 + bar * 9);
            }
            canvas.fill();
            document.add(new Chunk(" "));
            document.newPage();
        }
        document.close();
        return out.toByteArray();
    }

    /** Recording one evidence item, forced to disk, as the window's Save does. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Object durableSave(Dundee dundee) {
        int n = dundee.saved.incrementAndGet();
        return dundee.workspace.evidence().record(new Ref("F1.5"), new EvidenceInput(LocalDate.now(), "Chairs met ("
                + n + ")", "B" + n, null, Conclusion.REASONABLE, null, List.of()));
    }
}
