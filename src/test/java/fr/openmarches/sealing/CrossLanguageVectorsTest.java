package fr.openmarches.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.openmarches.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the supplier's browser seals, Java opens, and the reverse: the scripts of
 * {@code static/js/sealed/} run in Debian's chromium, loaded from the running application, and
 * bytes cross {@code page.evaluate} as base64. The known answers of {@code vectors.json} are checked
 * here on the browser side (the Java side in the unit tests).
 */
class CrossLanguageVectorsTest extends BrowserTest {

	static final int CHUNK = 1024;

	static final int[] SIZES = { 0, 1, CHUNK - 1, CHUNK, 2 * CHUNK + CHUNK / 2 };

	static final String PASSPHRASE = "Clé de séance 🔐";

	/** The page's helpers: the two modules, and a whole file sealed or opened chunk by chunk through their API. */
	static final String HELPERS = """
			async () => {
				window.files = await import('/js/sealed/sealed-file.js');
				window.keys = await import('/js/sealed/keys.js');
				window.sealAll = async (contentKey, salt, chunkSize, plain) => {
					const fileKey = await files.fileKey(contentKey, salt);
					const n = files.chunkCount(plain.length, chunkSize);
					const sealed = new Uint8Array(files.sealedSize(plain.length, chunkSize));
					const plainSha256 = new files.Sha256Stream(), sealedSha256 = new files.Sha256Stream();
					for (let i = 0, at = 0; i < n; i++) {
						const chunk = plain.subarray(i * chunkSize, Math.min(plain.length, (i + 1) * chunkSize));
						const sealedChunk = await files.sealChunk(fileKey, salt, chunkSize, i, i === n - 1, chunk);
						plainSha256.update(chunk);
						sealedSha256.update(sealedChunk);
						sealed.set(sealedChunk, at);
						at += sealedChunk.length;
					}
					return { sealed: files.base64(sealed), plainSha256: plainSha256.hex(), sealedSha256: sealedSha256.hex() };
				};
				window.openAll = async (contentKey, salt, chunkSize, sealed) => {
					const fileKey = await files.fileKey(contentKey, salt);
					const step = chunkSize + files.TAG_LENGTH;
					const n = Math.max(1, Math.ceil(sealed.length / step));
					const plain = [];
					const plainSha256 = new files.Sha256Stream(), sealedSha256 = new files.Sha256Stream();
					for (let i = 0; i < n; i++) {
						const sealedChunk = sealed.subarray(i * step, Math.min(sealed.length, (i + 1) * step));
						const chunk = await files.openChunk(fileKey, salt, chunkSize, i, i === n - 1, sealedChunk);
						plainSha256.update(chunk);
						sealedSha256.update(sealedChunk);
						plain.push(...chunk);
					}
					return { plain: files.base64(new Uint8Array(plain)), plainSha256: plainSha256.hex(),
						sealedSha256: sealedSha256.hex() };
				};
			}
			""";

	final Random random = new Random(2026);

	@BeforeEach
	void loadScripts() {
		page.navigate("/");
		page.evaluate(HELPERS);
	}

	@Test
	void filesSealedInTheBrowserOpenInJava() throws Exception {
		for (int size : SIZES) {
			Map<String, Object> fromBrowser = js("""
					const contentKey = files.newContentKey(), salt = files.newFileSalt();
					const plain = crypto.getRandomValues(new Uint8Array(arg.size));
					return { contentKey: files.base64(contentKey), salt: files.base64(salt), plain: files.base64(plain),
						...await sealAll(contentKey, salt, arg.chunkSize, plain) };
					""", Map.of("size", size, "chunkSize", CHUNK));
			byte[] sealed = bytes(fromBrowser, "sealed");
			assertThat(sealed).as("size %d", size).hasSize((int) SealedFiles.sealedSize(size, CHUNK));

			var plain = new ByteArrayOutputStream();
			var opened = SealedFiles.open(new ByteArrayInputStream(sealed), plain, bytes(fromBrowser, "contentKey"),
					bytes(fromBrowser, "salt"), CHUNK);
			assertThat(plain.toByteArray()).as("size %d", size).isEqualTo(bytes(fromBrowser, "plain"));
			assertThat(opened.plainSha256Hex()).isEqualTo(fromBrowser.get("plainSha256"));
			assertThat(opened.sealedSha256Hex()).isEqualTo(fromBrowser.get("sealedSha256"));
		}
	}

	@Test
	void filesSealedInJavaOpenInTheBrowser() throws Exception {
		for (int size : SIZES) {
			byte[] plain = random(size);
			byte[] contentKey = ContentKeys.newContentKey();
			byte[] salt = random(16);
			var sealedOut = new ByteArrayOutputStream();
			var sealed = SealedFiles.seal(new ByteArrayInputStream(plain), sealedOut, contentKey, salt, CHUNK);

			Map<String, Object> fromBrowser = js("""
					return openAll(files.fromBase64(arg.contentKey), files.fromBase64(arg.salt), arg.chunkSize,
						files.fromBase64(arg.sealed));
					""", Map.of("contentKey", b64(contentKey), "salt", b64(salt), "chunkSize", CHUNK, "sealed",
					b64(sealedOut.toByteArray())));
			assertThat(bytes(fromBrowser, "plain")).as("size %d", size).isEqualTo(plain);
			assertThat(fromBrowser.get("plainSha256")).isEqualTo(sealed.plainSha256Hex());
			assertThat(fromBrowser.get("sealedSha256")).isEqualTo(sealed.sealedSha256Hex());
		}
	}

	@Test
	void theBrowserRefusesAlteredReorderedAndTruncatedChunks() throws Exception {
		byte[] contentKey = ContentKeys.newContentKey();
		byte[] salt = random(16);
		var sealedOut = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(random(2 * CHUNK + 1)), sealedOut, contentKey, salt, CHUNK);

		Map<String, Object> errors = js("""
				const key = await files.fileKey(files.fromBase64(arg.contentKey), files.fromBase64(arg.salt));
				const salt = files.fromBase64(arg.salt), sealed = files.fromBase64(arg.sealed), step = arg.chunkSize + 16;
				const chunk = i => sealed.slice(i * step, (i + 1) * step);
				const failure = async open => { try { await open(); return null; } catch (e) { return e.message; } };
				const altered = chunk(0); altered[5] ^= 1;
				return {
					genuine: await failure(() => files.openChunk(key, salt, arg.chunkSize, 0, false, chunk(0))),
					altered: await failure(() => files.openChunk(key, salt, arg.chunkSize, 0, false, altered)),
					reordered: await failure(() => files.openChunk(key, salt, arg.chunkSize, 1, false, chunk(0))),
					truncated: await failure(() => files.openChunk(key, salt, arg.chunkSize, 1, true, chunk(1))),
				};
				""", Map.of("contentKey", b64(contentKey), "salt", b64(salt), "chunkSize", CHUNK, "sealed",
				b64(sealedOut.toByteArray())));
		assertThat(errors.get("genuine")).isNull();
		assertThat(errors).extractingByKeys("altered", "reordered", "truncated")
			.allSatisfy(message -> assertThat((String) message).contains("does not open"));
	}

	@Test
	void theBrowsersFileKeyBytesAreJavasAndOpenTheFileInJava() throws Exception {
		byte[] contentKey = ContentKeys.newContentKey();
		byte[] salt = random(16);
		byte[] plain = random(CHUNK + 3);
		var sealedOut = new ByteArrayOutputStream();
		SealedFiles.seal(new ByteArrayInputStream(plain), sealedOut, contentKey, salt, CHUNK);

		Map<String, Object> fromBrowser = js("""
				const key = await files.fileKeyBytes(files.fromBase64(arg.contentKey), files.fromBase64(arg.salt));
				return { key: files.base64(key) };
				""", Map.of("contentKey", b64(contentKey), "salt", b64(salt)));
		byte[] fileKey = bytes(fromBrowser, "key");
		assertThat(fileKey).isEqualTo(SealedFiles.fileKey(contentKey, salt));

		var plainOut = new ByteArrayOutputStream();
		SealedFiles.openWithFileKey(new ByteArrayInputStream(sealedOut.toByteArray()), plainOut, fileKey, salt, CHUNK);
		assertThat(plainOut.toByteArray()).isEqualTo(plain);
	}

	@Test
	void knownAnswersInTheBrowser() {
		var vectors = Vectors.load();
		for (var vector : vectors.sealedFiles()) {
			Map<String, Object> fromBrowser = js("""
					const hex = text => Uint8Array.from(text.match(/../g) ?? [], pair => parseInt(pair, 16));
					const toHex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
					const sealed = await sealAll(hex(arg.contentKey), hex(arg.salt), arg.chunkSize, hex(arg.plaintext));
					const opened = await openAll(hex(arg.contentKey), hex(arg.salt), arg.chunkSize, hex(arg.sealed));
					return { sealed: toHex(files.fromBase64(sealed.sealed)), sealedSha256: sealed.sealedSha256,
						plain: toHex(files.fromBase64(opened.plain)) };
					""", Map.of("contentKey", vector.contentKey(), "salt", vector.salt(), "chunkSize", vector.chunkSize(),
					"plaintext", vector.plaintext(), "sealed", vector.sealed()));
			assertThat(fromBrowser.get("sealed")).as(vector.name()).isEqualTo(vector.sealed());
			assertThat(fromBrowser.get("sealedSha256")).as(vector.name()).isEqualTo(vector.sealedSha256());
			assertThat(fromBrowser.get("plain")).as(vector.name()).isEqualTo(vector.plaintext());
		}

		Map<String, Object> fromBrowser = js("""
				const hex = text => Uint8Array.from(text.match(/../g), pair => parseInt(pair, 16));
				const toHex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
				const pkcs8 = files.fromBase64(arg.pkcs8);
				const shares = arg.shares.map(hex);
				return {
					fingerprint: await files.spkiFingerprint(arg.spki),
					contentKey: toHex(await files.unwrapContentKey(arg.wrapped, pkcs8)),
					sealedBox: toHex(await keys.openBox(JSON.parse(arg.sealedBox), pkcs8)),
					passphraseBox: toHex(await keys.unprotect(JSON.parse(arg.passphraseBox), arg.passphrase)),
					secret: toHex(await keys.combine([shares[4], shares[2], shares[0]])),
				};
				""", Map.of("spki", vectors.openingKey().spki(), "pkcs8", vectors.openingKey().pkcs8(), "wrapped",
				vectors.wrappedContentKey().wrapped(), "sealedBox", json(vectors.sealedBox().box()), "passphraseBox",
				json(vectors.passphraseBox().box()), "passphrase", vectors.passphraseBox().passphrase(), "shares",
				vectors.shamir().shares()));
		assertThat(fromBrowser).containsEntry("fingerprint", vectors.openingKey().fingerprint())
			.containsEntry("contentKey", vectors.wrappedContentKey().contentKey())
			.containsEntry("sealedBox", vectors.sealedBox().plaintext())
			.containsEntry("passphraseBox", vectors.passphraseBox().plaintext())
			.containsEntry("secret", vectors.shamir().secret());
	}

	@Test
	void contentKeysAndKeyPairsCrossBothWays() throws Exception {
		KeyPair javaPair = OpeningKeyPairs.generate();
		Map<String, Object> fromBrowser = js("""
				const pair = await keys.generateKeyPair();
				window.browserPair = pair;
				const contentKey = files.newContentKey();
				return { spki: pair.publicKey, pkcs8: files.base64(pair.privateKey), contentKey: files.base64(contentKey),
					wrapped: await files.wrapContentKey(contentKey, arg.javaSpki),
					javaFingerprint: await files.spkiFingerprint(arg.javaSpki),
					browserFingerprint: await files.spkiFingerprint(pair.publicKey) };
				""", Map.of("javaSpki", OpeningKeyPairs.spki(javaPair.getPublic())));

		assertThat(ContentKeys.unwrap(bytes(fromBrowser, "wrapped"), javaPair.getPrivate()))
			.isEqualTo(bytes(fromBrowser, "contentKey"));
		assertThat(fromBrowser.get("javaFingerprint")).isEqualTo(ContentKeys.fingerprint(javaPair.getPublic()));
		var browserPublic = ContentKeys.publicKey((String) fromBrowser.get("spki"));
		assertThat(ContentKeys.fingerprint(browserPublic)).isEqualTo(fromBrowser.get("browserFingerprint"));
		var browserPrivate = OpeningKeyPairs.privateKey(bytes(fromBrowser, "pkcs8"));

		byte[] contentKey = ContentKeys.newContentKey();
		Map<String, Object> unwrapped = js("""
				return { contentKey: files.base64(await files.unwrapContentKey(arg.wrapped, browserPair.privateKey)) };
				""", Map.of("wrapped", b64(ContentKeys.wrap(contentKey, browserPublic))));
		assertThat(bytes(unwrapped, "contentKey")).isEqualTo(contentKey);
		// The browser's private key, read by Java, opens what the browser's public key wrapped.
		assertThat(ContentKeys.unwrap(ContentKeys.wrap(contentKey, browserPublic), browserPrivate)).isEqualTo(contentKey);
	}

	@Test
	void sealedBoxesCrossBothWays() throws Exception {
		KeyPair member = OpeningKeyPairs.generate();
		byte[] share = random(1800);
		Map<String, Object> fromBrowser = js("""
				const pair = await keys.generateKeyPair();
				window.browserPair = pair;
				return { spki: pair.publicKey,
					box: JSON.stringify(await keys.sealBox(files.fromBase64(arg.share), arg.memberSpki)) };
				""", Map.of("share", b64(share), "memberSpki", OpeningKeyPairs.spki(member.getPublic())));
		var box = Vectors.JSON.readValue((String) fromBrowser.get("box"), SealedBox.class);
		assertThat(box.open(member.getPrivate())).isEqualTo(share);

		var javaBox = SealedBox.seal(share, ContentKeys.publicKey((String) fromBrowser.get("spki")));
		Map<String, Object> opened = js("""
				return { share: files.base64(await keys.openBox(JSON.parse(arg.box), browserPair.privateKey)) };
				""", Map.of("box", json(javaBox)));
		assertThat(bytes(opened, "share")).isEqualTo(share);
	}

	@Test
	void passphraseBoxesCrossBothWays() throws Exception {
		byte[] privateKey = random(1792);
		Map<String, Object> fromBrowser = js("""
				return { box: JSON.stringify(await keys.protectWithPassphrase(files.fromBase64(arg.key), arg.passphrase)) };
				""", Map.of("key", b64(privateKey), "passphrase", PASSPHRASE));
		var box = Vectors.JSON.readValue((String) fromBrowser.get("box"), PassphraseBox.class);
		assertThat(box.iterations()).isEqualTo(PassphraseBox.ITERATIONS);
		assertThat(box.unprotect(PASSPHRASE)).isEqualTo(privateKey);

		Map<String, Object> opened = js("""
				const box = JSON.parse(arg.box);
				let wrong;
				try { await keys.unprotect(box, arg.passphrase + ' '); } catch (e) { wrong = e.message; }
				return { key: files.base64(await keys.unprotect(box, arg.passphrase)), wrong };
				""", Map.of("box", json(PassphraseBox.protect(privateKey, PASSPHRASE)), "passphrase", PASSPHRASE));
		assertThat(bytes(opened, "key")).isEqualTo(privateKey);
		assertThat((String) opened.get("wrong")).startsWith("Wrong passphrase");
	}

	@Test
	void shamirSharesCrossBothWays() {
		byte[] secret = random(1793);
		Map<String, Object> fromBrowser = js("""
				const shares = await keys.split(files.fromBase64(arg.secret), 5, 3);
				return { shares: shares.map(files.base64) };
				""", Map.of("secret", b64(secret)));
		@SuppressWarnings("unchecked")
		List<byte[]> browserShares = ((List<String>) fromBrowser.get("shares")).stream()
			.map(Base64.getDecoder()::decode)
			.toList();
		for (var subset : ShamirTest.subsets(browserShares, 3)) {
			assertThat(Shamir.combine(subset)).isEqualTo(secret);
		}
		assertThat(Shamir.combine(browserShares.subList(0, 2))).isNotEqualTo(secret);

		List<String> javaShares = Shamir.split(secret, 5, 3).stream().map(CrossLanguageVectorsTest::b64).toList();
		Map<String, Object> combined = js("""
				const shares = arg.shares.map(files.fromBase64);
				return {
					fromThree: files.base64(await keys.combine([shares[1], shares[4], shares[2]])),
					fromFive: files.base64(await keys.combine(shares)),
					fromTwo: files.base64(await keys.combine([shares[0], shares[3]])),
				};
				""", Map.of("shares", javaShares));
		assertThat(bytes(combined, "fromThree")).isEqualTo(secret);
		assertThat(bytes(combined, "fromFive")).isEqualTo(secret);
		assertThat(bytes(combined, "fromTwo")).isNotEqualTo(secret);
	}

	/** Runs a script body with the helpers in scope and {@code arg} bound; returns its object. */
	@SuppressWarnings("unchecked")
	Map<String, Object> js(String body, Map<String, Object> arg) {
		return (Map<String, Object>) page.evaluate("async (arg) => {\n" + body + "\n}", new HashMap<>(arg));
	}

	byte[] random(int size) {
		byte[] bytes = new byte[size];
		random.nextBytes(bytes);
		return bytes;
	}

	static byte[] bytes(Map<String, Object> result, String key) {
		return Base64.getDecoder().decode((String) result.get(key));
	}

	static String b64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	static String json(Object value) {
		return Vectors.JSON.writeValueAsString(value);
	}
}
