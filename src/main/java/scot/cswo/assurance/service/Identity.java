package scot.cswo.assurance.service;

/** The person using the app, as the operating system knows them (DOMAIN\\user on Windows). */
public record Identity(String account) {
}
