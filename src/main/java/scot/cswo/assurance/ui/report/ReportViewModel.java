package scot.cswo.assurance.ui.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Screen;
import scot.cswo.assurance.domain.DateFormats;
import scot.cswo.assurance.domain.report.ReportSection;
import scot.cswo.assurance.domain.report.ReportTemplate;
import scot.cswo.assurance.domain.report.ReportYear;
import scot.cswo.assurance.domain.report.Resources;
import scot.cswo.assurance.report.AnnualReport;
import scot.cswo.assurance.report.ReportPreview;
import scot.cswo.assurance.report.ReportPrinter;
import scot.cswo.assurance.service.report.AnnualReportData;
import scot.cswo.assurance.service.report.ReportService;
import scot.cswo.assurance.ui.AssuranceState;
import scot.cswo.assurance.ui.DialogService;
import scot.cswo.assurance.ui.DialogService.FileType;
import scot.cswo.assurance.ui.Messages;

/**
 * The Report screen: the year, the narrative sections being written (kept until saved), the cover
 * details, the reasons for missed periods, and producing the preview, PDF and print-out.
 */
public final class ReportViewModel {
    static final List<String> COVER_KEYS = List.of(ReportService.COMMITTEE, ReportService.COMMITTEE_DATE,
            ReportService.REPORT_NUMBER);

    private final AssuranceState state;
    private final ReportService report;
    private final DialogService dialogs;
    private final ObservableList<ReportYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<ReportYear> year = new SimpleObjectProperty<>();
    private final ObservableList<ReportEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ReportEntry> selected = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty pictureAltText = new SimpleStringProperty("");
    private final Map<String, StringProperty> cover = new LinkedHashMap<>();
    private final BooleanProperty nameLeads = new SimpleBooleanProperty(false);
    private final ObservableList<AnnualReportData.Exception> exceptions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, String> saved = new HashMap<>();
    private final Map<String, String> edited = new HashMap<>();
    private final Map<ReportSection, String> headings = new HashMap<>();
    private final Map<ReportSection, String> renamed = new HashMap<>();
    private boolean loading;

    private ReportTemplate template = ReportTemplate.national();
    private Resources resources = new Resources(List.of());

    private record Loaded(List<ReportYear> years, Map<String, String> texts, Map<ReportSection, String> headings,
                          boolean nameLeads, List<AnnualReportData.Exception> exceptions, ReportTemplate template,
                          Resources resources) {
    }

    public ReportViewModel(AssuranceState state, ReportService report, DialogService dialogs) {
        this.state = state;
        this.report = report;
        this.dialogs = dialogs;
        for (String key : COVER_KEYS) {
            StringProperty field = new SimpleStringProperty("");
            field.addListener((obs, old, now) -> edit(key, now));
            cover.put(key, field);
        }
        entries.add(new ReportEntry(ReportEntry.Kind.COVER, null, Messages.get("report.entry.cover")));
        for (ReportSection section : ReportSection.values()) {
            if (section.narrative()) {
                entries.add(new ReportEntry(ReportEntry.Kind.NARRATIVE, section, section.defaultHeading()));
            }
        }
        entries.add(new ReportEntry(ReportEntry.Kind.EXCEPTIONS, null, Messages.get("report.entry.exceptions")));
        text.addListener((obs, old, now) -> {
            ReportEntry entry = selected.get();
            if (entry != null && entry.kind() == ReportEntry.Kind.NARRATIVE) {
                edit(entry.section().textKey(), now);
            }
        });
        heading.addListener((obs, old, now) -> {
            ReportEntry entry = selected.get();
            if (!loading && entry != null && entry.kind() == ReportEntry.Kind.NARRATIVE
                    && !now.equals(headings.get(entry.section()))) {
                renamed.put(entry.section(), now);
                dirty.set(true);
            }
        });
        // "Name leads" is saved with the cover details, so ticking it is a change to save.
        nameLeads.addListener((obs, old, now) -> {
            if (!loading) {
                dirty.set(true);
            }
        });
        selected.addListener((obs, old, entry) -> showEntry(entry));
        // One status at a time: a change after "Saved 2025-26." makes that message untrue.
        dirty.addListener((obs, was, changed) -> {
            if (changed) {
                message.set("");
            }
        });
        year.addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(old)) {
                if (old != null && dirty.get()) {
                    save(old, () -> load(chosen));
                } else {
                    load(chosen);
                }
            }
        });
        loadYears();
        // A framework brought in, or its tracking start moved, changes which years there are.
        state.frameworksProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.frameworks().equals(now.frameworks())) {
                loadYears();
            }
        });
        selected.set(entries.get(1));
    }

    private void loadYears() {
        state.load(report::years, found -> {
            ReportYear kept = year.get();
            years.setAll(found);
            if (kept != null && found.contains(kept)) {
                year.set(kept);
            } else if (!found.isEmpty()) {
                // Annual reports are written after the year ends: start on the last complete year.
                year.set(found.size() > 1 ? found.get(1) : found.getFirst());
            }
        });
    }

    private void load(ReportYear chosen) {
        busy.set(true);
        state.load(() -> {
            AnnualReportData data = report.data(chosen, Optional.empty());
            return new Loaded(report.years(), report.texts(chosen), report.headings(),
                    data.nameLeads(), data.exceptions(), data.template(), data.resources());
        }, loaded -> {
            loading = true;
            saved.clear();
            saved.putAll(loaded.texts());
            edited.clear();
            renamed.clear();
            headings.clear();
            headings.putAll(loaded.headings());
            nameLeads.set(loaded.nameLeads());
            COVER_KEYS.forEach(key -> cover.get(key).set(loaded.texts().getOrDefault(key, "")));
            exceptions.setAll(loaded.exceptions());
            template = loaded.template();
            resources = loaded.resources();
            loading = false;
            dirty.set(false);
            busy.set(false);
            showEntry(selected.get());
            message.set(Messages.get("report.loaded", chosen.label()));
        }, this::failed);
    }

    private void showEntry(ReportEntry entry) {
        if (entry == null || entry.kind() != ReportEntry.Kind.NARRATIVE) {
            return;
        }
        loading = true;
        heading.set(renamed.getOrDefault(entry.section(), headings.getOrDefault(entry.section(),
                entry.section().defaultHeading())));
        text.set(current(entry.section().textKey()));
        loading = false;
    }

    private String current(String key) {
        return edited.containsKey(key) ? edited.get(key) : saved.getOrDefault(key, "");
    }

    private void edit(String key, String value) {
        if (loading) {
            return;
        }
        edited.put(key, value);
        dirty.set(true);
    }

    /** Saves the year's narratives, cover details and renamed headings, all in one go. */
    public void save() {
        ReportYear chosen = year.get();
        if (chosen != null) {
            save(chosen, () -> message.set(Messages.get("report.saved", chosen.label())));
        }
    }

    private void save(ReportYear which, Runnable then) {
        Map<String, String> texts = new LinkedHashMap<>(edited);
        Map<String, String> seen = new LinkedHashMap<>();
        texts.keySet().forEach(key -> seen.put(key, saved.getOrDefault(key, "")));
        Map<ReportSection, String> headingsToSave = new LinkedHashMap<>(renamed);
        Map<ReportSection, String> headingsSeen = new LinkedHashMap<>(headings);
        boolean names = nameLeads.get();
        state.save(() -> {
            report.saveTexts(which, seen, texts);
            headingsToSave.forEach((section, heading) -> report.renameHeading(section, headingsSeen.get(section),
                    heading));
            report.setNameLeads(names);
            return which;
        }, done -> {
            saved.putAll(texts);
            edited.clear();
            headings.putAll(headingsToSave);
            renamed.clear();
            dirty.set(false);
            then.run();
        }, this::failed);
    }

    /**
     * Asks for a PNG or JPEG picture and stores it with the alt text typed beside the button, then
     * puts it in the section's text at {@code caret} as a paragraph of its own. Without alt text it
     * is refused and nothing is stored.
     */
    public void insertPicture(int caret) {
        ReportYear chosen = year.get();
        String alt = pictureAltText.get();
        if (chosen == null) {
            return;
        }
        dialogs.fileToOpen(Messages.get("report.picture.title"), List.of(FileType.of(
                Messages.get("report.picture.filter"), "*.png", "*.jpg", "*.jpeg"))).ifPresent(file ->
                state.save(() -> report.addPicture(chosen, file, alt), reference -> {
                    String now = text.get();
                    int at = Math.clamp(caret, 0, now.length());
                    text.set(now.substring(0, at).stripTrailing() + "\n\n" + reference + "\n\n"
                            + now.substring(at).stripLeading());
                    pictureAltText.set("");
                    message.set(Messages.get("report.picture.inserted", file.getFileName()));
                }, this::failed));
    }

    /** The words a screen reader says instead of the next picture inserted. */
    public StringProperty pictureAltTextProperty() {
        return pictureAltText;
    }

    /** Saves, then renders the whole report and hands its pages over as pictures. */
    public void preview(Consumer<List<BufferedImage>> show) {
        // At the largest scale of any screen the window may be on, so the pages stay sharp at 125-200 %.
        float dpi = ReportPreview.dpiFor(Screen.getScreens().stream().mapToDouble(Screen::getOutputScaleX).max()
                .orElse(1.0));
        produce(report -> ReportPreview.pages(report.pdf(), dpi), pages -> {
            message.set(Messages.get("report.previewed", pages.size()));
            show.accept(pages);
        });
    }

    /**
     * Saves, runs the publication check and shows what stands in the way of publishing, if anything
     * (then the report can only be saved as a draft, its name saying so); then asks where to save
     * the year's PDF, and writes it and the HTML page beside it.
     */
    public void saveFiles() {
        produce(AnnualReport::check, check -> {
            if (!check.passed() && !dialogs.confirm(Messages.get("report.check.title"), Messages.get(
                    "report.check.problems", "- " + String.join("\n- ", check.problems())),
                    Messages.get("report.check.saveDraft"))) {
                message.set(Messages.get("report.check.notSaved"));
                return;
            }
            dialogs.fileToSave(Messages.get("report.savePdf.title"), fileName(check.passed() ? "" : " draft"),
                    List.of(pdfType())).ifPresent(pdf -> saveFiles(pdf, htmlBeside(pdf)));
        });
    }

    /** Asks where to save the internal annex (the evidence log and unexplained missed periods), then writes it. */
    public void saveAnnex() {
        if (year.get() == null) {
            return;
        }
        dialogs.fileToSave(Messages.get("report.saveAnnex.title"), fileName(" internal annex"), List.of(pdfType()))
                .ifPresent(this::saveAnnex);
    }

    void saveAnnex(Path pdf) {
        produce(report -> {
            report.annex().save(pdf);
            return pdf;
        }, saved -> message.set(Messages.get("report.annexWritten", saved)));
    }

    /** "CSWO Annual Report 2024-25 draft.pdf". */
    private String fileName(String suffix) {
        return "CSWO Annual Report " + year.get().label() + suffix + ".pdf";
    }

    private static FileType pdfType() {
        return FileType.of(Messages.get("report.savePdf.filter"), "*.pdf");
    }

    /** The HTML page written beside a PDF: "report.pdf" gives "report.html". */
    static Path htmlBeside(Path pdf) {
        return pdf.resolveSibling(pdf.getFileName().toString().replaceAll("(?i)\\.pdf$", "") + ".html");
    }

    /** Saves, then writes the PDF (and the HTML page, if asked) whole or not at all. */
    void saveFiles(Path pdf, Path html) {
        produce(report -> {
            report.save(pdf, html);
            return report.pages();
        }, pages -> message.set(Messages.get("report.written", pdf, pages)));
    }

    /** Saves, renders, then offers the operating system's print dialog (off the database thread). */
    public void print() {
        produce(AnnualReport::pdf, pdf -> state.runElsewhere(() -> ReportPrinter.print(pdf, "CSWO Annual Report "
                + year.get().label()), printed -> message.set(Messages.get(printed ? "report.printed"
                : "report.notPrinted")), this::failed));
    }

    /**
     * Saves what is being written, then opens the Sections editor on the framework's report
     * template and headings as saved.
     */
    public void editSections(Consumer<SectionsFormModel> open) {
        whenSaved(chosen -> open.accept(new SectionsFormModel(state, dialogs, report, template,
                headings)));
    }

    /** Saves what is being written, then opens the year's Resources table as saved. */
    public void editResources(Consumer<ResourcesFormModel> open) {
        whenSaved(chosen -> open.accept(new ResourcesFormModel(state, dialogs, report, chosen, resources)));
    }

    private void whenSaved(Consumer<ReportYear> then) {
        ReportYear chosen = year.get();
        if (chosen == null || busy.get()) {
            return;
        }
        if (dirty.get()) {
            save(chosen, () -> then.accept(chosen));
        } else {
            then.accept(chosen);
        }
    }

    /** After the Sections editor or the Resources table saved: loads the year again to show what was saved. */
    public void reload() {
        ReportYear chosen = year.get();
        if (chosen != null) {
            load(chosen);
        }
    }

    /** The form for why the missed periods {@code missed} of the year shown were missed: one reason for all. */
    public ExceptionNoteFormModel exceptionNote(List<AnnualReportData.Exception> missed) {
        return new ExceptionNoteFormModel(state, report, year.get(), missed);
    }

    /** Refreshes the missed periods after a reason is recorded, leaving unsaved narrative alone. */
    public void refreshExceptions() {
        ReportYear chosen = year.get();
        if (chosen != null) {
            state.load(() -> report.data(chosen, Optional.empty()).exceptions(),
                    exceptions::setAll, this::failed);
        }
    }

    private interface Step<T> {
        T apply(AnnualReport report) throws Exception;
    }

    private <T> void produce(Step<T> step, Consumer<T> done) {
        ReportYear chosen = year.get();
        if (chosen == null) {
            return;
        }
        Runnable render = () -> {
            busy.set(true);
            message.set(Messages.get("report.rendering", chosen.label()));
            state.load(() -> step.apply(new AnnualReport(report.data(chosen, Optional.empty()))),
                    result -> {
                        busy.set(false);
                        done.accept(result);
                    }, this::failed);
        };
        if (dirty.get()) {
            save(chosen, render);
        } else {
            render.run();
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error.getMessage());
    }

    /** "Position as at 31 March 2025", or the date the year has reached. */
    public String positionNote() {
        ReportYear chosen = year.get();
        if (chosen == null) {
            return "";
        }
        LocalDate end = chosen.period(state.boardProperty().get().matrix().framework().yearStart()).end();
        LocalDate date = end.isAfter(state.today()) ? state.today() : end;
        return Messages.get("report.position", DateFormats.display(date));
    }

    public ObservableList<ReportYear> years() {
        return years;
    }

    public ObjectProperty<ReportYear> yearProperty() {
        return year;
    }

    public ObservableList<ReportEntry> entries() {
        return entries;
    }

    public ObjectProperty<ReportEntry> selectedProperty() {
        return selected;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty coverProperty(String key) {
        return cover.get(key);
    }

    /** "Name leads": print officers' names instead of their posts. */
    public BooleanProperty nameLeadsProperty() {
        return nameLeads;
    }

    public ObservableList<AnnualReportData.Exception> exceptions() {
        return exceptions;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
