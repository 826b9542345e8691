package fr.openmarches.submission;

/** A chunk the server holds: its index, length and lowercase hex SHA-256. */
public record ChunkReceipt(int index, long size, String sha256) {
}
