package fr.openmarches.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;

/**
 * The command-line client: {@code java -jar openmarches-cli.jar COMMAND …} (docs/cli.md). Deposits
 * with a personal API token exactly what the deposit page deposits — files sealed on this machine
 * in the OMS1 format under a fresh content key wrapped for the consultation's opening key, sent
 * over the resumable upload protocol, finalised, the signed receipt saved — in constant memory
 * whatever the files' sizes; run again after a cut, the same command resumes.
 */
public final class OpenMarchesCli {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final PrintStream out;

	private final PrintStream err;

	private Locale locale;

	private ResourceBundle messages;

	private SealedUpload.ChunkSent listener = (file, index, bytes) -> {
	};

	private Runnable finalised = () -> {
	};

	private int attempts = 5;

	private Duration pause = Duration.ofSeconds(1);

	OpenMarchesCli(PrintStream out, PrintStream err, Locale locale) {
		this.out = out;
		this.err = err;
		language(locale);
	}

	public static void main(String[] args) {
		var locale = Locale.getDefault().getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH;
		System.exit(new OpenMarchesCli(console(System.out, FileDescriptor.out), console(System.err, FileDescriptor.err), locale)
			.run(args));
	}

	/** The JVM's stream, unless its charset cannot write French (a POSIX locale): then UTF-8. */
	private static PrintStream console(PrintStream stream, FileDescriptor descriptor) {
		if (stream.charset().newEncoder().canEncode("é«»’…→")) {
			return stream;
		}
		return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
	}

	/** Told of each chunk accepted by the server (tests stop the client there, as a cut would). */
	OpenMarchesCli onChunkSent(SealedUpload.ChunkSent listener) {
		this.listener = listener;
		return this;
	}

	/**
	 * Told once the platform has finalised the deposit, before the client writes so in its state
	 * (tests stop the client there, as a kill would).
	 */
	OpenMarchesCli onFinalised(Runnable finalised) {
		this.finalised = finalised;
		return this;
	}

	/** How often and after how long a call without an answer is tried again. */
	OpenMarchesCli retries(int attempts, Duration pause) {
		this.attempts = attempts;
		this.pause = pause;
		return this;
	}

	/** Runs one command; answers the exit status (0 when done, see {@link Problem} for the others). */
	int run(String... args) {
		// the language first, so that a command line refused while read is refused in the language asked
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("--langue") || args[i].equals("--language")) {
				language(args[i + 1].equals("en") ? Locale.ENGLISH : Locale.FRENCH);
			}
		}
		try {
			var options = Options.parse(args);
			if (options.language != null) {
				language(options.language.equals("en") ? Locale.ENGLISH : Locale.FRENCH);
			}
			switch (options.command == null ? "aide" : options.command) {
				case "consultations" -> consultations(options);
				case "depots", "deposits" -> deposits(options);
				case "deposer", "deposit" -> deposit(options);
				case "recu", "receipt" -> receipt(options);
				case "verifier-recu", "verify-receipt" -> verifyReceipt(options);
				case "aide", "help", "--help", "-h" -> out.println(say("usage"));
				default -> throw new Problem(Problem.USAGE, "error.command", options.command);
			}
			return 0;
		}
		catch (Problem problem) {
			err.println(say(problem.key(), problem.arguments()));
			if (problem.exitStatus() == Problem.USAGE) {
				err.println();
				err.println(say("usage"));
			}
			return problem.exitStatus();
		}
		catch (Api.Failure failure) {
			return report(failure);
		}
		catch (IOException e) {
			err.println(say("error.io", e.getClass().getSimpleName() + ": " + e.getMessage()));
			return Problem.FAILED;
		}
	}

	private int report(Api.Failure failure) {
		var detail = failure.detail() == null ? "HTTP " + failure.status() : failure.detail();
		switch (failure.kind()) {
			case AUTH -> {
				err.println(say(failure.status() == 401 ? "error.token" : "error.forbidden", detail));
				return Problem.AUTH;
			}
			case NETWORK -> {
				err.println(say("error.network", detail));
				return Problem.NETWORK;
			}
			case SERVER -> {
				err.println(say("error.server", detail));
				return Problem.FAILED;
			}
			case NOT_FOUND -> {
				err.println(say("error.not-found", detail));
				return Problem.REFUSED;
			}
			default -> {
				err.println(say("error.refused", detail));
				return Problem.REFUSED;
			}
		}
	}

	private void consultations(Options options) throws Problem, Api.Failure {
		var api = api(options);
		var query = "/api/v1/consultations?state=PUBLISHED&sort=DEADLINE&size=100"
				+ (options.search == null ? "" : "&q=" + URLEncoder.encode(options.search, StandardCharsets.UTF_8));
		var page = Json.object(api.get(query));
		var items = (List<?>) page.get("items");
		if (items.isEmpty()) {
			out.println(say("consultations.none"));
			return;
		}
		out.println(say("consultations.title", page.get("totalItems") == null ? items.size() : page.get("totalItems")));
		for (var item : items) {
			var c = (Map<?, ?>) item;
			out.println(say("consultations.line", c.get("id"), c.get("reference"), paris((String) c.get("depositDeadline")),
					c.get("title")));
		}
	}

	private void deposits(Options options) throws Problem, Api.Failure, IOException {
		var api = api(options);
		var list = Json.array(api.get("/api/v1/me/deposits?size=50"));
		out.println(list.isEmpty() ? say("deposits.none") : say("deposits.title"));
		for (var item : list) {
			var d = (Map<?, ?>) item;
			out.println(say("deposits.line", d.get("number"), paris((String) d.get("receivedAt")),
					say("status." + d.get("status")), id(d.get("consultation")), megabytes(((BigDecimal) d.get("plainSize")).longValue()),
					d.get("id")));
		}
		var unfinished = DepositState.all(options.stateDir());
		if (!unfinished.isEmpty()) {
			out.println();
			out.println(say("drafts.title"));
			for (var state : unfinished) {
				long done = state.entries.stream().filter(e -> e.completed).count();
				out.println(say("drafts.line", state.consultation, done, state.entries.size(), state.file));
			}
		}
	}

	private void receipt(Options options) throws Problem, Api.Failure, IOException {
		if (options.deposit == null) {
			throw new Problem(Problem.USAGE, "error.deposit-id");
		}
		var api = api(options);
		var deposit = Json.object(api.get("/api/v1/me/deposits/" + options.deposit));
		var saved = saveReceipt(api, options, (String) deposit.get("id"), (String) deposit.get("number"));
		out.println(saved == null ? say("receipt.pending", deposit.get("number")) : say("receipt.saved", saved));
	}

	private void verifyReceipt(Options options) throws Problem, Api.Failure {
		ReceiptProof.Receipt receipt;
		if (options.receiptPdf != null) {
			if (!Files.isRegularFile(options.receiptPdf) || !Files.isReadable(options.receiptPdf)) {
				throw new Problem(Problem.USAGE, "error.file", options.receiptPdf);
			}
			receipt = ReceiptProof.fromPdf(options.receiptPdf);
		}
		else if (options.deposit != null && options.manifest != null && options.entry != null) {
			receipt = ReceiptProof.receipt(options.deposit, options.manifest, options.entry);
		}
		else {
			throw new Problem(Problem.USAGE, "error.receipt-missing");
		}
		var anchors = ReceiptProof.anchors(options.trust);
		out.println(say("verify.receipt", receipt.deposit(), HexFormat.of().formatHex(receipt.manifestSha256()),
				receipt.sequence()));
		// the evidence API is public: no token is sent, even when one is set
		var api = new Api(options.server, null, locale, attempts, pause);
		new ReceiptProof(api, anchors, new ReceiptProof.Report() {

			@Override
			public void passed(String key, Object... arguments) {
				out.println(say(key, arguments));
			}

			@Override
			public String say(String key, Object... arguments) {
				return OpenMarchesCli.this.say(key, arguments);
			}
		}).verify(receipt);
		out.println(say("verify.ok"));
	}

	private void deposit(Options options) throws Problem, Api.Failure, IOException {
		if (options.consultation == null) {
			throw new Problem(Problem.USAGE, "error.consultation-id");
		}
		if (options.files.isEmpty()) {
			throw new Problem(Problem.USAGE, "error.no-files");
		}
		for (var wanted : options.files) {
			if (!Files.isRegularFile(wanted.path()) || !Files.isReadable(wanted.path())) {
				throw new Problem(Problem.USAGE, "error.file", wanted.path());
			}
		}
		int chunkSize = options.chunkMib * 1024 * 1024;
		if (chunkSize < SealedFiles.MIN_CHUNK_SIZE || chunkSize + SealedFiles.TAG_LENGTH > SealedFiles.MAX_CHUNK_SIZE) {
			throw new Problem(Problem.USAGE, "error.chunk-size");
		}
		var api = api(options);
		var found = api.getBytes("/api/v1/consultations/" + options.consultation);
		// a test consultation is not public (404 here): the deposit endpoints still know it
		var consultation = found.statusCode() == 404 ? null : Json.object(new String(found.body(), StandardCharsets.UTF_8));
		if (consultation != null) {
			out.println(say("deposit.consultation", consultation.get("reference"), consultation.get("title"),
					paris((String) consultation.get("depositDeadline"))));
		}

		var state = DepositState.open(options.stateDir(), api.server(), options.consultation, options.lots(),
				options.files, chunkSize, options.memberLines());
		if (state.done && !options.newDeposit) {
			alreadyDeposited(api, state, options);
			return;
		}
		if (state.done) {
			state.delete(); // --nouveau-depot: this command was deposited once already, the user wants another
			state = DepositState.open(options.stateDir(), api.server(), options.consultation, options.lots(),
					options.files, chunkSize, options.memberLines());
		}
		boolean resumed = state.resumed();
		Map<?, ?> recovered = null;
		if (resumed) {
			out.println(say("deposit.resuming", state.file));
			if (state.depositId == null) {
				recovered = finalisedAlready(api, state);
			}
		}
		if (state.depositId == null && recovered == null) {
			if (consultation != null) {
				checkDeadline(found, consultation, options);
			}
			if (!resumed) {
				checkNotDepositedYet(api, options);
				state.save();
			}
		}

		if (state.depositId == null) {
			Map<?, ?> deposit = recovered;
			if (deposit == null) {
				var publicKey = ContentKeys.publicKey((String) openingKey(api, options).get("publicKey"));
				upload(api, state, options);
				try {
					deposit = Json.object(api.postJson("/api/v1/consultations/" + options.consultation + "/deposits",
							request(state, options, ContentKeys.fingerprint(publicKey),
									ContentKeys.wrap(state.contentKey, publicKey))));
					finalised.run();
				}
				catch (Api.Failure failure) {
					// finalised by an earlier run whose answer was lost: the upload is in that deposit
					if (failure.status() == 409 && UPLOAD_USED.equals(failure.code())) {
						deposit = finalisedAlready(api, state);
					}
					if (deposit == null) {
						throw failure;
					}
					recovered = deposit;
				}
			}
			state.depositId = (String) deposit.get("id");
			state.depositNumber = (String) deposit.get("number");
			state.save();
			long plain = state.entries.stream().mapToLong(e -> e.size).sum();
			out.println(say("deposit.done", deposit.get("number"), paris((String) deposit.get("receivedAt")),
					state.entries.size(), megabytes(plain)));
			if (recovered != null) {
				out.println(say("deposit.recovered"));
			}
			if ("LATE".equals(deposit.get("status"))) {
				out.println(say("deposit.late"));
			}
		}
		var saved = saveReceipt(api, options, state.depositId, state.depositNumber);
		if (saved == null) {
			out.println(say("receipt.pending", state.depositNumber));
			return;
		}
		out.println(say("receipt.saved", saved));
		state.done();
	}

	/** The problem the platform answers when an upload is in a deposit already. */
	private static final String UPLOAD_USED = "submission.deposit.upload-used";

	private Map<?, ?> openingKey(Api api, Options options) throws Problem, Api.Failure {
		var openingKey = Json.object(api.get("/api/v1/consultations/" + options.consultation + "/opening-key"));
		var fingerprint = ContentKeys.fingerprint(ContentKeys.publicKey((String) openingKey.get("publicKey")));
		if (!fingerprint.equals(openingKey.get("fingerprint"))) {
			throw new Problem(Problem.FAILED, "error.opening-key");
		}
		return openingKey;
	}

	private void checkDeadline(java.net.http.HttpResponse<byte[]> found, Map<?, ?> consultation, Options options)
			throws Problem {
		var deadline = OffsetDateTime.parse((String) consultation.get("depositDeadline")).toInstant();
		// the platform's time decides, not this machine's clock
		var now = found.headers().firstValue("Date")
			.map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.orElseGet(Instant::now);
		if (now.isAfter(deadline) && !options.late) {
			throw new Problem(Problem.REFUSED, "error.deadline", paris((String) consultation.get("depositDeadline")));
		}
	}

	/**
	 * A new deposit replaces the company's deposit to the same consultation: not without being asked
	 * ({@code --nouveau-depot}), lest a command run twice by a script replace a bid by itself.
	 */
	private void checkNotDepositedYet(Api api, Options options) throws Problem, Api.Failure {
		if (options.newDeposit) {
			return;
		}
		for (int page = 0;; page++) {
			var list = Json.array(api.get("/api/v1/me/deposits?size=200&page=" + page));
			for (var item : list) {
				var d = (Map<?, ?>) item;
				if (options.consultation.equalsIgnoreCase(id(d.get("consultation"))) && !"SUPERSEDED".equals(d.get("status"))) {
					throw new Problem(Problem.REFUSED, "error.deposited-already", d.get("number"),
							paris((String) d.get("receivedAt")));
				}
			}
			if (list.size() < 200) {
				return;
			}
		}
	}

	/**
	 * The deposit an earlier run of this command finalised, if it did (killed before it saved the
	 * answer): the platform tells which deposit each upload went into ({@code GET /api/v1/uploads/{id}},
	 * {@code deposit}); that deposit, read back among the company's, must be to this consultation and
	 * hold exactly this state's files — same salts, same ciphertext hashes, which only this state's
	 * content key gives. Null when the uploads are in no deposit (never finalised).
	 */
	private Map<?, ?> finalisedAlready(Api api, DepositState state) throws Problem, Api.Failure {
		String depositId = null;
		for (var entry : state.entries) {
			if (entry.upload == null) {
				return null;
			}
			var found = api.getBytes("/api/v1/uploads/" + entry.upload);
			if (found.statusCode() == 404) {
				return null;
			}
			var deposit = Json.object(new String(found.body(), StandardCharsets.UTF_8)).get("deposit");
			if (deposit == null) {
				return null;
			}
			if (depositId != null && !depositId.equals(deposit)) {
				throw new Problem(Problem.FAILED, "error.recovery", state.file);
			}
			depositId = (String) deposit;
		}
		if (depositId == null) {
			return null;
		}
		var deposit = Json.object(api.get("/api/v1/me/deposits/" + depositId));
		if (!holds(deposit, state)) {
			throw new Problem(Problem.FAILED, "error.recovery", state.file);
		}
		return deposit;
	}

	/** An identifier as the API writes it: a string, or an object with its {@code value}. */
	static String id(Object written) {
		return written instanceof Map<?, ?> object ? String.valueOf(object.get("value")) : (String) written;
	}

	/** Whether the deposit is this state's: its consultation, and its pieces the state's files, in order. */
	static boolean holds(Map<?, ?> deposit, DepositState state) {
		var pieces = (List<?>) deposit.get("pieces");
		if (!state.consultation.equalsIgnoreCase(id(deposit.get("consultation"))) || pieces.size() != state.entries.size()) {
			return false;
		}
		for (int i = 0; i < pieces.size(); i++) {
			var piece = (Map<?, ?>) pieces.get(i);
			var entry = state.entries.get(i);
			if (!DepositState.b64(entry.salt).equals(piece.get("salt")) || entry.sealedSha256 == null
					|| !entry.sealedSha256.equals(piece.get("sealedSha256"))) {
				return false;
			}
		}
		return true;
	}

	/** The same command run again after its deposit was made: the receipt saved again, no new deposit. */
	private void alreadyDeposited(Api api, DepositState state, Options options) throws Api.Failure, IOException {
		var deposit = Json.object(api.get("/api/v1/me/deposits/" + state.depositId));
		out.println(say("deposit.already", deposit.get("number"), paris((String) deposit.get("receivedAt")),
				say("status." + deposit.get("status"))));
		var saved = saveReceipt(api, options, state.depositId, state.depositNumber);
		out.println(saved == null ? say("receipt.pending", state.depositNumber) : say("receipt.saved", saved));
	}

	private void upload(Api api, DepositState state, Options options) throws Problem, Api.Failure, IOException {
		long total = state.entries.stream().mapToLong(e -> SealedFiles.sealedSize(e.size, e.chunkSize)).sum();
		var progress = new Progress(total);
		var forward = listener;
		for (var entry : state.entries) {
			if (entry.completed) {
				progress.skip(SealedFiles.sealedSize(entry.size, entry.chunkSize));
				continue;
			}
			var outcome = new SealedUpload(api, state, entry, options.parallel, (file, index, bytes) -> {
				progress.add(bytes);
				forward.sent(file, index, bytes);
			}).run();
			if (outcome.alreadyThere() > 0) {
				out.println(say("upload.resumed", entry.fileName(), outcome.alreadyThere(), outcome.chunks()));
				progress.skip((long) outcome.alreadyThere() * (entry.chunkSize + SealedFiles.TAG_LENGTH));
			}
			out.println(say("upload.done", entry.fileName(), megabytes(entry.size), outcome.sent()));
		}
	}

	private static String request(DepositState state, Options options, String fingerprint, byte[] wrapped) {
		var pieces = new ArrayList<String>();
		var entries = state.entries;
		for (int i = 0; i < entries.size(); i++) {
			var e = entries.get(i);
			Integer signs = null;
			var name = e.fileName();
			if (e.signs != null) {
				for (int j = 0; j < entries.size(); j++) {
					if (j != i && entries.get(j).signs == null && entries.get(j).path.equals(e.signs)) {
						signs = j;
					}
				}
			}
			for (var suffix : e.signs != null ? List.<String>of() : List.of(".p7s", ".xades.xml", ".sig")) {
				if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
					var signed = name.substring(0, name.length() - suffix.length());
					for (int j = 0; j < entries.size(); j++) {
						var other = entries.get(j);
						if (j != i && other.fileName().equals(signed) && other.envelope.equals(e.envelope)) {
							signs = j;
						}
					}
				}
			}
			pieces.add("{\"upload\": %s, \"envelope\": %s, \"lot\": %s, \"fileName\": %s, \"mediaType\": %s, \"size\": %d, "
				.formatted(Json.quote(e.upload), Json.quote(e.envelope), e.lot, Json.quote(name), Json.quote(mediaType(name)),
						e.size)
					+ "\"plainSha256\": %s, \"chunkSize\": %d, \"salt\": %s, \"signs\": %s}".formatted(
							Json.quote(e.plainSha256), e.chunkSize, Json.quote(DepositState.b64(e.salt)), signs));
		}
		var consortium = options.members.stream()
			.map(m -> "{\"name\": %s, \"siret\": %s}".formatted(Json.quote(m.name()), Json.quote(m.siret())))
			.toList();
		return "{\"openingKey\": %s, \"wrappedKey\": %s, \"lots\": %s, \"backupCopy\": %s, \"consortium\": [%s], \"pieces\": [%s]}"
			.formatted(Json.quote(fingerprint), Json.quote(Base64.getEncoder().encodeToString(wrapped)),
					options.lots(), Json.quote(options.backupCopy), String.join(", ", consortium), String.join(", ", pieces));
	}

	static String mediaType(String name) {
		var lower = name.toLowerCase(Locale.ROOT);
		int dot = lower.lastIndexOf('.');
		var extension = dot < 0 ? "" : lower.substring(dot + 1);
		return switch (extension) {
			case "pdf" -> "application/pdf";
			case "p7s" -> "application/pkcs7-signature";
			case "xml" -> "application/xml";
			case "zip" -> "application/zip";
			case "doc" -> "application/msword";
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "xls" -> "application/vnd.ms-excel";
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "odt" -> "application/vnd.oasis.opendocument.text";
			case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
			case "txt", "csv" -> "text/" + (extension.equals("txt") ? "plain" : "csv");
			case "jpg", "jpeg" -> "image/jpeg";
			case "png" -> "image/png";
			default -> "application/octet-stream";
		};
	}

	/**
	 * The receipt, saved; null if the platform has not issued it within two minutes. Asked for again
	 * after 0.5 s, then 50 % later each time up to 5 s: a thousand clients waiting at a deadline
	 * must not keep the platform busy answering "not yet".
	 */
	private Path saveReceipt(Api api, Options options, String depositId, String number) throws Api.Failure, IOException {
		var deadline = Instant.now().plusSeconds(120);
		long wait = 500;
		while (true) {
			var response = api.getBytes("/api/v1/me/deposits/" + depositId + "/receipt");
			if (response.statusCode() == 200) {
				var target = options.receipt == null ? Path.of("accuse-reception-" + number + ".pdf")
						: Files.isDirectory(options.receipt) ? options.receipt.resolve("accuse-reception-" + number + ".pdf")
								: options.receipt;
				Files.write(target, response.body());
				return target.toAbsolutePath();
			}
			if (Instant.now().isAfter(deadline)) {
				return null;
			}
			try {
				Thread.sleep(wait);
				wait = Math.min(5_000, wait * 3 / 2);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
	}

	private Api api(Options options) throws Problem {
		if (options.token == null || options.token.isBlank()) {
			throw new Problem(Problem.USAGE, "error.no-token");
		}
		return new Api(options.server, options.token.strip(), locale, attempts, pause);
	}

	private String paris(String offsetDateTime) {
		if (offsetDateTime == null) {
			return "—";
		}
		var time = OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(PARIS);
		return time.format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "yyyy-MM-dd HH:mm:ss" : "dd/MM/yyyy HH:mm:ss", locale));
	}

	private String megabytes(long bytes) {
		return String.format(locale, "%.1f", bytes / 1_000_000.0);
	}

	private void language(Locale locale) {
		this.locale = locale;
		this.messages = ResourceBundle.getBundle("fr.openmarches.cli.messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	String say(String key, Object... arguments) {
		var pattern = messages.containsKey(key) ? messages.getString(key) : key;
		return new MessageFormat(pattern, locale).format(arguments);
	}

	/** Bytes sent over all files, shown at most every two seconds and at the end of each file. */
	private final class Progress {

		private final long total;

		private final long started = System.nanoTime();

		private long done;

		private long sentNow;

		private long shownAt;

		Progress(long total) {
			this.total = Math.max(1, total);
		}

		synchronized void skip(long bytes) {
			done += bytes;
		}

		synchronized void add(long bytes) {
			done += bytes;
			sentNow += bytes;
			long now = System.nanoTime();
			if (now - shownAt < 2_000_000_000L && done < total) {
				return;
			}
			shownAt = now;
			double seconds = Math.max(1e-3, (now - started) / 1e9);
			double rate = sentNow / seconds;
			long left = rate <= 0 ? 0 : (long) ((total - done) / rate);
			out.println(say("upload.progress", done * 100 / total, megabytes(done), megabytes(total),
					megabytes((long) rate), left));
		}
	}

	/** The command line: a command, its options, and the global ones anywhere. */
	static final class Options {

		String command;

		String server = env("OPENMARCHES_URL", "http://localhost:8080");

		String token = env("OPENMARCHES_TOKEN", null);

		String language;

		String consultation;

		String deposit;

		String search;

		String backupCopy = "NONE";

		Path receipt;

		Path receiptPdf;

		String manifest;

		String entry;

		final List<Path> trust = new ArrayList<>();

		Path stateDir;

		boolean late;

		boolean newDeposit;

		int parallel = 2;

		int chunkMib = SealedFiles.DEFAULT_CHUNK_SIZE / (1024 * 1024);

		final List<DepositState.Wanted> files = new ArrayList<>();

		final LinkedHashSet<Integer> lots = new LinkedHashSet<>();

		/** The other members of the groupement ({@code --membre}); the depositor's company is its mandataire. */
		final List<Member> members = new ArrayList<>();

		/** Co-signature files given with {@code --cosignatures PIECE SIGNATURE…}, by the piece they sign. */
		final Map<Path, List<Path>> cosignatures = new java.util.LinkedHashMap<>();

		List<Integer> lots() {
			return List.copyOf(lots);
		}

		List<String> memberLines() {
			return members.stream().map(m -> m.name() + ";" + m.siret()).toList();
		}

		/** A member of the groupement besides the depositor's company: its name, its SIRET (none abroad). */
		record Member(String name, String siret) {
		}

		Path stateDir() {
			return stateDir != null ? stateDir : Path.of(System.getProperty("user.home"), ".openmarches", "depots");
		}

		static Options parse(String[] args) throws Problem {
			var options = new Options();
			String envelope = null;
			Integer lot = null;
			Path cosigned = null;
			for (int i = 0; i < args.length; i++) {
				var arg = args[i];
				if (arg.startsWith("--") && ("TRUST".equals(envelope) || "COSIGN".equals(envelope))) {
					envelope = null; // another option ends the list of trusted certificates, or of co-signatures
				}
				switch (arg) {
					case "--serveur", "--server" -> options.server = value(args, ++i, arg);
					case "--jeton", "--token" -> options.token = value(args, ++i, arg);
					case "--langue", "--language" -> options.language = value(args, ++i, arg);
					case "--consultation" -> options.consultation = value(args, ++i, arg);
					case "--depot", "--deposit" -> options.deposit = value(args, ++i, arg);
					case "--recherche", "--search" -> options.search = value(args, ++i, arg);
					case "--recu", "--receipt" -> options.receipt = Path.of(value(args, ++i, arg));
					case "--etat", "--state-dir" -> options.stateDir = Path.of(value(args, ++i, arg));
					case "--empreinte", "--manifest-sha256" -> options.manifest = value(args, ++i, arg);
					case "--entree", "--entry" -> options.entry = value(args, ++i, arg);
					case "--confiance", "--trust" -> {
						options.trust.add(Path.of(value(args, ++i, arg)));
						envelope = "TRUST";
					}
					case "--hors-delai", "--late" -> options.late = true;
					case "--nouveau-depot", "--new-deposit" -> options.newDeposit = true;
					case "--membre", "--member" -> options.member(value(args, ++i, arg));
					case "--cosignatures", "--co-signatures" -> {
						envelope = "COSIGN";
						cosigned = null;
					}
					case "--parallele", "--parallel" -> options.parallel = number(args, ++i, arg, 1, 16);
					case "--morceau-mio", "--chunk-mib" -> options.chunkMib = number(args, ++i, arg, 1, 63);
					case "--copie-sauvegarde", "--backup-copy" -> options.backupCopy = backupCopy(value(args, ++i, arg));
					case "--lot" -> {
						lot = number(args, ++i, arg, 1, 10_000);
						options.lots.add(lot);
						envelope = null;
					}
					case "--candidature", "--application" -> envelope = "APPLICATION";
					case "--offre", "--offer" -> envelope = "OFFER";
					default -> {
						if (arg.startsWith("--")) {
							throw new Problem(Problem.USAGE, "error.option", arg);
						}
						boolean verifying = "verifier-recu".equals(options.command) || "verify-receipt".equals(options.command);
						boolean theReceipt = verifying && options.receiptPdf == null
								&& (!"TRUST".equals(envelope) || arg.toLowerCase(Locale.ROOT).endsWith(".pdf"));
						if (theReceipt) {
							options.receiptPdf = Path.of(arg);
						}
						else if ("TRUST".equals(envelope)) {
							options.trust.add(Path.of(arg));
						}
						else if ("COSIGN".equals(envelope)) {
							var path = Path.of(arg).toAbsolutePath().normalize();
							if (cosigned == null) {
								cosigned = path;
								options.cosignatures.putIfAbsent(cosigned, new ArrayList<>());
							}
							else {
								options.cosignatures.get(cosigned).add(path);
							}
						}
						else if (envelope != null) {
							options.files.add(new DepositState.Wanted(Path.of(arg), envelope,
									envelope.equals("OFFER") ? lot : null));
						}
						else if (options.command == null) {
							options.command = arg;
						}
						else {
							throw new Problem(Problem.USAGE, "error.argument", arg);
						}
					}
				}
			}
			options.attachCosignatures();
			return options;
		}

		/**
		 * Reads {@code NAME;SIRET} (or {@code SIRET;NAME}, or {@code NAME} alone for a member without
		 * a SIRET, established abroad): the name given, the SIRET of 14 digits with its check digits.
		 */
		private void member(String given) throws Problem {
			var parts = given.split(";", -1);
			if (parts.length > 2) {
				throw new Problem(Problem.USAGE, "error.member-format", given);
			}
			var name = parts[0].strip();
			var siret = parts.length == 2 ? parts[1].strip() : "";
			if (digits(name) && !digits(siret)) {
				var swap = name;
				name = siret;
				siret = swap;
			}
			if (name.isEmpty() || name.length() > 255) {
				throw new Problem(Problem.USAGE, "error.member-name", given);
			}
			var normalised = siret.replaceAll("[\\s.\\u00A0]", "");
			if (!siret.isEmpty() && !validSiret(normalised)) {
				throw new Problem(Problem.USAGE, "error.member-siret", siret, name);
			}
			for (var other : members) {
				if ((!normalised.isEmpty() && normalised.equals(other.siret())) || other.name().equalsIgnoreCase(name)) {
					throw new Problem(Problem.USAGE, "error.member-twice", name);
				}
			}
			members.add(new Member(name, normalised.isEmpty() ? null : normalised));
		}

		private static boolean digits(String text) {
			var normalised = text.replaceAll("[\\s.\\u00A0]", "");
			return !normalised.isEmpty() && normalised.chars().allMatch(c -> c >= '0' && c <= '9');
		}

		/**
		 * 14 digits, the SIREN's (9 first) and the whole's Luhn keys right — La Poste's establishments
		 * (SIREN 356000000, head office aside) add up to a multiple of 5 instead — as the platform checks.
		 */
		static boolean validSiret(String siret) {
			if (siret.length() != 14 || !siret.chars().allMatch(c -> c >= '0' && c <= '9') || !luhn(siret.substring(0, 9))) {
				return false;
			}
			if (siret.startsWith("356000000") && !siret.equals("35600000000048")) {
				return siret.chars().map(c -> c - '0').sum() % 5 == 0;
			}
			return luhn(siret);
		}

		private static boolean luhn(String digits) {
			int sum = 0;
			for (int i = 0; i < digits.length(); i++) {
				int digit = digits.charAt(digits.length() - 1 - i) - '0';
				if (i % 2 == 1) {
					digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
				}
				sum += digit;
			}
			return sum % 10 == 0;
		}

		/**
		 * Each co-signature goes into the envelope (and lot) of the piece it signs, which must be one of
		 * the files deposited, recorded as signing it.
		 */
		private void attachCosignatures() throws Problem {
			for (var cosigned : cosignatures.entrySet()) {
				var piece = files.stream()
					.filter(f -> f.signs() == null && f.path().toAbsolutePath().normalize().equals(cosigned.getKey()))
					.findFirst()
					.orElseThrow(() -> new Problem(Problem.USAGE, "error.cosigned-piece", cosigned.getKey()));
				if (cosigned.getValue().isEmpty()) {
					throw new Problem(Problem.USAGE, "error.cosignatures-none", cosigned.getKey());
				}
				for (var signature : cosigned.getValue()) {
					if (signature.equals(cosigned.getKey())) {
						throw new Problem(Problem.USAGE, "error.cosignature-itself", signature);
					}
					files.add(new DepositState.Wanted(signature, piece.envelope(), piece.lot(), cosigned.getKey()));
				}
			}
		}

		private static String backupCopy(String value) throws Problem {
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "aucune", "none" -> "NONE";
				case "papier", "physique", "physical" -> "PHYSICAL";
				case "electronique", "électronique", "electronic" -> "ELECTRONIC";
				default -> throw new Problem(Problem.USAGE, "error.backup-copy", value);
			};
		}

		private static String value(String[] args, int i, String option) throws Problem {
			if (i >= args.length || args[i].startsWith("--")) {
				throw new Problem(Problem.USAGE, "error.value", option);
			}
			return args[i];
		}

		private static int number(String[] args, int i, String option, int min, int max) throws Problem {
			try {
				int n = Integer.parseInt(value(args, i, option));
				if (n < min || n > max) {
					throw new NumberFormatException();
				}
				return n;
			}
			catch (NumberFormatException e) {
				throw new Problem(Problem.USAGE, "error.number", option, min, max);
			}
		}

		private static String env(String name, String otherwise) {
			var value = System.getenv(name);
			return value == null || value.isBlank() ? otherwise : value;
		}
	}
}
