package fr.openmarches.submission;

import java.util.Optional;

import fr.openmarches.consultation.ConsultationId;

/** The fingerprint of the opening key deposits for a consultation must be wrapped for. */
interface OpeningKeyOf {

	Optional<String> fingerprint(ConsultationId consultation);
}
