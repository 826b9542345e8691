package fr.openmarches.download;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/** Someone took documents of a consultation (an entry of the download register). */
public record DceDownloaded(UUID download, ConsultationId consultation, Instant at, boolean identified, int pieces) {
}
