package org.concord.oversight.internal.reports;

/** A file a reporter attached, already checked (size, type) and cleaned (metadata) by the intake. */
public record Upload(String question, String fileName, String mediaType, byte[] bytes) {

    @Override
    public String toString() {
        return "Upload[" + question + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
