package org.concord.shared.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Large bytes kept outside the database's rows, shared by every instance of Concord: a file-system directory by default
 * ({@link FileSystemBlobStore}), an S3-compatible store when one machine's disk is not enough. Keys are made by the store
 * (random, so nothing about the content can be read from them); a blob is written whole or not at all.
 */
public interface BlobStore {

    /** Stores the stream's bytes under a new random key and returns that key. */
    String put(InputStream content) throws IOException;

    /** The blob's bytes, or empty when there is no blob under {@code key}; the caller closes the stream. */
    Optional<InputStream> get(String key) throws IOException;

    /** Removes the blob; returns false when there was none. */
    boolean delete(String key) throws IOException;
}
