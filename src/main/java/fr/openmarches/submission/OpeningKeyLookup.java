package fr.openmarches.submission;

import java.util.Optional;

import fr.openmarches.consultation.ConsultationId;

/** The opening key deposits for a consultation are wrapped for: its public key and fingerprint. */
public interface OpeningKeyLookup {

	/** The SPKI (base64) of the consultation's opening public key, if it has one. */
	Optional<String> publicKey(ConsultationId consultation);

	/** SHA-256 (hex) of that key's SPKI. */
	Optional<String> fingerprint(ConsultationId consultation);
}
