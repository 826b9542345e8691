package fr.openmarches.consultation;

import java.time.Instant;

/** A consultation was declared unsuccessful (infructueuse): no acceptable bid. */
public record ConsultationDeclaredUnsuccessful(ConsultationId consultation, Instant declaredAt) {
}
