package fr.openmarches.opening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.openmarches.sealing.SealBrokenException;
import fr.openmarches.signature.SignatureVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Checks the signatures of the pieces an opening session opened (the five checks of the arrêté
 * du 22 mars 2019, {@link SignatureVerifier}), after the session's request and apart from it: DSS
 * takes about a second per signed piece and a session may open hundreds. The event publication
 * registry keeps {@link PiecesOpened} until this ran, so a restart does not lose a check.
 *
 * <p>A detached signature file ({@code X.pdf.p7s}, {@code X.pdf.xades.xml}…) is checked against
 * the piece of the same deposit it names; a PDF, an XML or a {@code .p7m} alone may hold an
 * enveloped or enveloping signature; any other file holds none ({@link SignatureStatus#NOT_SIGNED}
 * without reading it). The piece is decrypted to a temporary file readable by the platform's user
 * only and deleted as soon as DSS is done, so that pieces of any size are checked without holding
 * them in memory.
 */
@Component
class SignatureChecks {

	private static final Logger log = LoggerFactory.getLogger(SignatureChecks.class);

	/** The files that may hold a signature of their own. */
	private static final Set<String> MAY_BE_SIGNED = Set.of("pdf", "xml", "p7m", "p7s", "sig");

	private final SealedDeposits deposits;

	private final PieceResults results;

	private final PieceSignatures signatures;

	private final WrappedFileKeys fileKeys;

	private final PieceCheck check;

	private final SignatureVerifier verifier;

	private final Clock clock;

	SignatureChecks(SealedDeposits deposits, PieceResults results, PieceSignatures signatures,
			WrappedFileKeys fileKeys, PieceCheck check, SignatureVerifier verifier, Clock clock) {
		this.deposits = deposits;
		this.results = results;
		this.signatures = signatures;
		this.fileKeys = fileKeys;
		this.check = check;
		this.verifier = verifier;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PiecesOpened opened) {
		var toOpen = deposits.toOpen(opened.consultation())
			.stream()
			.collect(Collectors.toMap(SealedDeposit::id, Function.identity()));
		var readable = results.findByConsultationId(opened.consultation().value())
			.stream()
			.filter(result -> result.outcome() == PieceOutcome.OPENED)
			.collect(Collectors.toMap(PieceResult::key, Function.identity()));
		for (var piece : opened.pieces()) {
			var deposit = toOpen.get(piece.deposit());
			var key = new PieceResult.Key(piece.deposit(), piece.position());
			if (deposit != null && readable.containsKey(key)) {
				var signature = signatures.findById(key).orElseGet(() -> new PieceSignature(key, opened.consultation()));
				check(deposit, piece.position(), readable, signature);
				signatures.save(signature);
			}
		}
	}

	private void check(SealedDeposit deposit, int position, Map<PieceResult.Key, PieceResult> readable,
			PieceSignature signature) {
		var piece = piece(deposit, position);
		var signedName = SignatureVerifier.signedPieceName(piece.fileName());
		var original = signedName == null ? null : deposit.pieces()
			.stream()
			.filter(other -> other.fileName().equals(signedName)
					&& readable.containsKey(new PieceResult.Key(deposit.id(), other.position())))
			.findFirst()
			.orElse(null);
		if (original == null && !MAY_BE_SIGNED.contains(extension(piece.fileName()))) {
			signature.record(SignatureStatus.NOT_SIGNED, clock.instant());
			return;
		}
		try (var signed = plaintext(deposit, piece, readable);
				var content = original == null ? null : plaintext(deposit, original, readable)) {
			var verdict = verifier.verify(signed.path(), piece.fileName(), content == null ? null : content.path(),
					original == null ? null : original.fileName());
			signature.record(verdict, signedName != null, original == null ? null : original.position(),
					clock.instant());
		}
		catch (IOException | SealBrokenException | RuntimeException e) {
			log.warn("Signature check of piece {}/{} failed", deposit.id(), position, e);
			signature.record(SignatureStatus.FAILED, clock.instant());
		}
	}

	/** The piece decrypted into a temporary file, deleted on close. */
	private Plaintext plaintext(SealedDeposit deposit, SealedDeposit.Piece piece,
			Map<PieceResult.Key, PieceResult> readable) throws IOException, SealBrokenException {
		var key = new PieceResult.Key(deposit.id(), piece.position());
		var fileKey = fileKeys.unwrap(readable.get(key).wrappedFileKey(), key);
		var file = Files.createTempFile("openmarches-opened-", ".piece");
		try (var out = Files.newOutputStream(file)) {
			check.decrypt(piece, fileKey, out);
			return new Plaintext(file);
		}
		catch (IOException | SealBrokenException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
		finally {
			Arrays.fill(fileKey, (byte) 0);
		}
	}

	private record Plaintext(Path path) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			Files.deleteIfExists(path);
		}
	}

	private static SealedDeposit.Piece piece(SealedDeposit deposit, int position) {
		return deposit.pieces().stream().filter(p -> p.position() == position).findFirst().orElseThrow();
	}

	private static String extension(String name) {
		var dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
