package fr.openmarches.opening;

import java.util.UUID;

/**
 * The key of one piece, as the host's browser derived it from the deposit's content key and the
 * piece's salt (HKDF-SHA256, docs/sealing.md): it opens that piece and no other.
 *
 * @param position the piece's index in the deposit's manifest
 * @param fileKey 32 bytes, base64
 */
public record FileKey(UUID deposit, int position, String fileKey) {
}
