package org.concord.projects.internal.iati;

/**
 * The file as a whole cannot be read: not XML, a DOCTYPE, not an IATI activity file, an unsupported version.
 * The message says why in words an importing user can act on. Activities already handed to the sink before
 * the problem was found (only possible when the XML breaks off midway) stay handed over.
 */
public class IatiFileException extends RuntimeException {

    public IatiFileException(String message) {
        super(message);
    }

    public IatiFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
