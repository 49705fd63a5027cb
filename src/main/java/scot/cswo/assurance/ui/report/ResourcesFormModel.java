package scot.cswo.assurance.ui.report;

import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.FormModel;

/**
 * The year's Resources table as the office fills it in: each service's budget and outturn in
 * thousands of pounds. The variance is the report's to work out, so it is not typed.
 */
public final class ResourcesFormModel extends FormModel<ReportFormField, Resources> {
    private final ReportService report;
    private final ReportYear year;
    private final Resources seen;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    /** A row of the table as typed. */
    public static final class Row {
        private final StringProperty service = new SimpleStringProperty("");
        private final StringProperty budget = new SimpleStringProperty("");
        private final StringProperty outturn = new SimpleStringProperty("");

        public StringProperty serviceProperty() {
            return service;
        }

        public StringProperty budgetProperty() {
            return budget;
        }

        public StringProperty outturnProperty() {
            return outturn;
        }

        Resources.Typed typed() {
            return new Resources.Typed(service.get(), budget.get(), outturn.get());
        }
    }

    public ResourcesFormModel(AssuranceState state, DialogService dialogs, ReportService report, ReportYear year,
                              Resources saved) {
        super(state, dialogs, ReportFormField.class);
        this.report = report;
        this.year = year;
        this.seen = saved;
        saved.lines().forEach(line -> {
            Row row = addRow();
            row.serviceProperty().set(line.service());
            row.budgetProperty().set(line.budget().stripTrailingZeros().toPlainString());
            row.outturnProperty().set(line.outturn().stripTrailingZeros().toPlainString());
        });
        if (rows.isEmpty()) {
            addRow();
        }
    }

    /** A blank row at the end; a row left blank is not saved. */
    public Row addRow() {
        Row row = new Row();
        rows.add(row);
        return row;
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    @Override
    protected Callable<Resources> change() {
        var typed = rows.stream().map(Row::typed).toList();
        return () -> report.saveResources(year, seen, typed);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReportYear year() {
        return year;
    }
}
