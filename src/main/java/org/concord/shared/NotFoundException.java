package org.concord.shared;

/** The thing asked for does not exist (or the asker may not know that it does). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
