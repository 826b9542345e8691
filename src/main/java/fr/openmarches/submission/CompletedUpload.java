package fr.openmarches.submission;

import fr.openmarches.platform.BlobId;

/** A complete upload: the blob holding the whole file, and its size in bytes. */
public record CompletedUpload(UploadId upload, BlobId blob, long size) {
}
