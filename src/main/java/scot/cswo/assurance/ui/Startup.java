package scot.cswo.assurance.ui;

import scot.cswo.assurance.domain.schedule.StatusBoard;
import scot.cswo.assurance.domain.schedule.YearReview;
import scot.cswo.assurance.service.Workspace;

/** The open database and today's statuses, prepared while the window appears. */
public record Startup(Workspace workspace, StatusBoard board, YearReview yearToDate) {
}
