package fr.openmarches.submission;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A chunk of an upload, checked against its hash and length and kept on disk. */
@Entity
@Table(schema = "submission", name = "upload_chunk")
@IdClass(ReceivedChunk.Key.class)
class ReceivedChunk {

	@Id
	@Column(name = "upload_id")
	private UUID uploadId;

	@Id
	@Column(name = "chunk_index")
	private int index;

	@Column(nullable = false)
	private long size;

	/** Lowercase hex SHA-256 of the chunk's bytes. */
	@Column(nullable = false)
	private String sha256;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	protected ReceivedChunk() {
	}

	int index() {
		return index;
	}

	long size() {
		return size;
	}

	String sha256() {
		return sha256;
	}

	record Key(UUID uploadId, int index) implements Serializable {
	}
}
