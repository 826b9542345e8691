package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.signature.PieceVerdict;
import fr.openmarches.signature.PieceVerdict.SignerVerdict;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the signature check of one opened piece found, with DSS's reports as they came. A detached
 * signature file records the position of the piece it signs.
 */
@Entity
@Table(schema = "opening", name = "piece_signature")
class PieceSignature {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final TypeReference<List<SignerVerdict>> SIGNERS = new TypeReference<>() {
	};

	@EmbeddedId
	private PieceResult.Key key;

	@Column(name = "consultation_id", nullable = false, updatable = false)
	private UUID consultationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SignatureStatus status;

	@Column(name = "signs_position")
	private Integer signsPosition;

	@Column(nullable = false)
	private String signers;

	@Column(name = "simple_report")
	private byte[] simpleReport;

	@Column(name = "detailed_report")
	private byte[] detailedReport;

	@Column(name = "checked_at", nullable = false)
	private Instant checkedAt;

	protected PieceSignature() {
	}

	PieceSignature(PieceResult.Key key, ConsultationId consultation) {
		this.key = key;
		this.consultationId = consultation.value();
	}

	/** Records DSS's verdict; {@code signsPosition} is the signed piece's when the signature is detached. */
	void record(PieceVerdict verdict, boolean signatureFile, Integer signsPosition, Instant now) {
		this.status = switch (verdict.indication()) {
			case VALID -> SignatureStatus.VALID;
			case INVALID -> SignatureStatus.INVALID;
			case INDETERMINATE -> SignatureStatus.INDETERMINATE;
			// a PDF or an XML without signature is simply not signed; a .p7s DSS cannot read is a bad signature
			case UNSUPPORTED -> signatureFile || !verdict.signers().isEmpty() ? SignatureStatus.UNSUPPORTED
					: SignatureStatus.NOT_SIGNED;
		};
		this.signsPosition = signsPosition;
		this.signers = JSON.writeValueAsString(verdict.signers());
		this.simpleReport = verdict.simpleReport().length == 0 ? null : verdict.simpleReport();
		this.detailedReport = verdict.detailedReport().length == 0 ? null : verdict.detailedReport();
		this.checkedAt = now;
	}

	/** Records that no signature could be looked for, or that the check could not run. */
	void record(SignatureStatus status, Instant now) {
		this.status = status;
		this.signsPosition = null;
		this.signers = "[]";
		this.simpleReport = null;
		this.detailedReport = null;
		this.checkedAt = now;
	}

	PieceResult.Key key() {
		return key;
	}

	UUID consultationId() {
		return consultationId;
	}

	SignatureStatus status() {
		return status;
	}

	Integer signsPosition() {
		return signsPosition;
	}

	List<SignerVerdict> signers() {
		return JSON.readValue(signers, SIGNERS);
	}

	byte[] simpleReport() {
		return simpleReport;
	}

	byte[] detailedReport() {
		return detailedReport;
	}

	Instant checkedAt() {
		return checkedAt;
	}
}
