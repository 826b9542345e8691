package fr.openmarches.dume;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/**
 * A saved DUME response as a deposit copies it into the candidature envelope: which response, for
 * which consultation, as saved when (its version), and the files it exports to. The supplier's
 * browser fetches and seals those files; the deposit checks a sealed copy against them by hash.
 *
 * @param savedAt when the response was last saved: its XML and PDF are issued as of then
 * @param files the XML and the readable PDF in each language it is offered in
 */
public record DepositCopy(UUID response, ConsultationId consultation, Instant savedAt, List<File> files) {

	/** The two exports of a response. */
	public enum Form {
		/** ESPD-EDM QualificationApplicationResponse, for machines. */
		XML,
		/** The readable copy. */
		PDF
	}

	/** One export: its form, SHA-256 (hex) and size in bytes. */
	public record File(Form form, String sha256, long size) {

		static File of(Form form, byte[] bytes) {
			try {
				return new File(form, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
						bytes.length);
			}
			catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** Which export these bytes are, by hash and size; empty when they are none of them (the response changed). */
	public Optional<Form> formOf(String sha256, long size) {
		return files.stream()
			.filter(file -> file.sha256().equalsIgnoreCase(sha256) && file.size() == size)
			.map(File::form)
			.findFirst();
	}
}
