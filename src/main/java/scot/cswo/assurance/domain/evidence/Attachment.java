package scot.cswo.assurance.domain.evidence;

/**
 * A file kept with an evidence record. It is stored under a generated name in the app's own
 * folder; the name the user gave it is kept for display only.
 */
public record Attachment(long id, String originalName, String storedName, long sizeBytes, String sha256) {
}
