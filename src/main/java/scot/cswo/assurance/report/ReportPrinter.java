package scot.cswo.assurance.report;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.DialogOwner;
import javax.print.attribute.standard.DialogTypeSelection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import scot.cswo.assurance.domain.problem.RefusedException;

/** Prints the PDF through the operating system's own print dialog. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    /** Shows the print dialog and prints if the user confirms; returns whether it printed. */
    public static boolean print(byte[] pdf, String jobName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            // The system's own dialog, kept above the app's window: it has no AWT window to belong to,
            // and without this Windows may open it behind the app, which then looks hung.
            PrintRequestAttributeSet request = new HashPrintRequestAttributeSet();
            request.add(DialogTypeSelection.NATIVE);
            request.add(new DialogOwner());
            if (!job.printDialog(request)) {
                return false;
            }
            job.print(request);
            return true;
        } catch (PrinterException e) {
            throw new RefusedException("The report could not be printed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
