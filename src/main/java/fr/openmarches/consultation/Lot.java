package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Function;

import fr.openmarches.cpv.CpvCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A part of a consultation awarded separately. Part of the {@link Consultation} aggregate. */
@Entity
@Table(schema = "consultation", name = "lot")
class Lot {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	/** Eight digits of the CPV vocabulary; {@code null} when the lot has the consultation's code. */
	private String cpv;

	@Column(name = "estimated_value")
	private BigDecimal estimatedValue;

	protected Lot() {
	}

	Lot(int number, NewLot lot) {
		this.id = UUID.randomUUID();
		this.number = number;
		rewrite(lot);
	}

	/** Gives the lot these details; it keeps its number. */
	void rewrite(NewLot lot) {
		if (lot.title() == null || lot.title().isBlank()) {
			throw new IllegalArgumentException("A lot needs a title");
		}
		if (lot.estimatedValue() != null && lot.estimatedValue().signum() < 0) {
			throw new IllegalArgumentException("A lot's estimated value cannot be negative");
		}
		this.title = lot.title().strip();
		this.cpv = lot.cpv() == null || lot.cpv().isBlank() ? null : lot.cpv();
		this.estimatedValue = lot.estimatedValue();
	}

	BigDecimal estimatedValue() {
		return estimatedValue;
	}

	ConsultationDetails.LotView view(Function<String, CpvCode> labels) {
		return new ConsultationDetails.LotView(number, title, cpv == null ? null : labels.apply(cpv), estimatedValue);
	}
}
