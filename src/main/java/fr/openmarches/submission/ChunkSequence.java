package fr.openmarches.submission;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The chunks of an upload read one after the other as one stream, each checked again against the
 * length and hash recorded when it arrived: a chunk damaged or lost on disk since stops the stream
 * with {@link DamagedChunkException} rather than slipping into the file.
 */
class ChunkSequence extends InputStream {

	private final ChunkFiles files;

	private final UploadId upload;

	private final List<ReceivedChunk> chunks;

	private int next;

	private ReceivedChunk current;

	private InputStream in;

	private MessageDigest digest;

	private long read;

	ChunkSequence(ChunkFiles files, UploadId upload, List<ReceivedChunk> chunks) {
		this.files = files;
		this.upload = upload;
		this.chunks = chunks;
	}

	@Override
	public int read() throws IOException {
		var one = new byte[1];
		return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (true) {
			if (in == null && !openNext()) {
				return -1;
			}
			int n = in.read(buffer, offset, length);
			if (n == -1) {
				finishCurrent();
				continue;
			}
			digest.update(buffer, offset, n);
			read += n;
			if (read > current.size()) {
				throw new DamagedChunkException(current);
			}
			return n;
		}
	}

	private boolean openNext() throws IOException {
		if (next == chunks.size()) {
			return false;
		}
		current = chunks.get(next++);
		try {
			in = files.open(upload, current.index(), current.sha256());
		}
		catch (IOException lost) {
			throw new DamagedChunkException(current);
		}
		digest = ChunkFiles.sha256();
		read = 0;
		return true;
	}

	private void finishCurrent() throws IOException {
		in.close();
		in = null;
		if (read != current.size() || !HexFormat.of().formatHex(digest.digest()).equals(current.sha256())) {
			throw new DamagedChunkException(current);
		}
	}

	@Override
	public void close() throws IOException {
		if (in != null) {
			in.close();
			in = null;
		}
	}

	/** A chunk whose file no longer holds what was received: it has to be sent again. */
	static final class DamagedChunkException extends IOException {

		private final transient ReceivedChunk chunk;

		DamagedChunkException(ReceivedChunk chunk) {
			super("Chunk " + chunk.index() + " is damaged or lost on disk");
			this.chunk = chunk;
		}

		ReceivedChunk chunk() {
			return chunk;
		}
	}
}
