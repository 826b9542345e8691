package fr.openmarches.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;

/** The chunks received, one row each, written once the chunk's file is in place. */
interface Chunks extends JpaRepository<ReceivedChunk, ReceivedChunk.Key> {

	/** Records a chunk; a concurrent or repeated arrival of the same chunk inserts nothing. */
	@Modifying
	@NativeQuery("""
			insert into submission.upload_chunk (upload_id, chunk_index, size, sha256, received_at)
			values (:upload, :index, :size, :sha256, :at)
			on conflict do nothing""")
	int record(UUID upload, int index, long size, String sha256, Instant at);

	List<ReceivedChunk> findByUploadIdOrderByIndex(UUID uploadId);

	@Modifying
	@NativeQuery("delete from submission.upload_chunk where upload_id = :upload")
	int deleteAllOf(UUID upload);

	@Modifying
	@NativeQuery("delete from submission.upload_chunk where upload_id = :upload and chunk_index = :index")
	int forget(UUID upload, int index);
}
