package fr.openmarches.consultation;

import java.math.BigDecimal;

/**
 * A lot of a consultation: a part awarded separately.
 *
 * @param cpv the lot's own CPV code; {@code null} when it is the consultation's
 * @param estimatedValue in euros excluding VAT; {@code null} when not disclosed
 */
public record NewLot(String title, String cpv, BigDecimal estimatedValue) {
}
