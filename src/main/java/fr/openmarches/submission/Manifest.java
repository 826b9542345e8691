package fr.openmarches.submission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * The manifest of a deposit (DESIGN §4.4): what was handed in, by whom, for what, when — the
 * record the evidence log timestamps and the receipt restates. Written once as canonical JSON
 * (UTF-8, keys sorted, no spaces, integers only, absent rather than null) and kept as those exact
 * bytes, so its hash can be checked again years later without re-serialising anything.
 */
record Manifest(Content content, byte[] bytes, String sha256Hex) {

	static final String FORMAT = "openmarches/deposit-manifest/v1";

	/** The sealing of every piece: docs/sealing.md. */
	static final String SEALING = "OMS1 AES-256-GCM HKDF-SHA256; content key RSA-OAEP-3072-SHA256";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Manifest of(Content content) {
		var bytes = JSON.writeValueAsBytes(tree(content));
		return new Manifest(content, bytes, HexFormat.of().formatHex(sha256(bytes)));
	}

	byte[] sha256() {
		return HexFormat.of().parseHex(sha256Hex);
	}

	private static Map<String, Object> tree(Content c) {
		var root = new TreeMap<String, Object>();
		root.put("format", FORMAT);
		root.put("deposit", c.id().toString());
		root.put("number", c.number());
		root.put("consultation", object("id", c.consultation().value().toString(), "reference", c.consultationReference(),
				"title", c.consultationTitle(), "buyer", c.buyer()));
		var company = object("id", c.company().value().toString(), "name", c.companyName());
		if (c.siret() != null) {
			company.put("siret", c.siret());
		}
		root.put("company", company);
		root.put("depositor", object("account", c.depositor().value().toString(), "name", c.depositorName(), "email",
				c.depositorEmail()));
		root.put("receivedAt", c.receivedAt().toString());
		root.put("late", c.late());
		root.put("test", c.test());
		root.put("lots", c.lots());
		root.put("backupCopy", c.backupCopy().name());
		root.put("consortium", c.consortium().stream().map(p -> {
			var partner = object("name", p.name());
			if (p.siret() != null) {
				partner.put("siret", p.siret());
			}
			return partner;
		}).toList());
		root.put("sealing", SEALING);
		root.put("openingKey", c.openingKey());
		root.put("wrappedKey", c.wrappedKey());
		root.put("pieces", c.pieces().stream().map(piece -> {
			var view = piece.view();
			var p = object("envelope", view.envelope().name(), "fileName", view.fileName(), "mediaType", view.mediaType());
			p.put("size", view.size());
			p.put("plainSha256", view.plainSha256());
			p.put("sealedSize", view.sealedSize());
			p.put("sealedSha256", view.sealedSha256());
			p.put("chunkSize", view.chunkSize());
			p.put("salt", view.salt());
			if (view.lot() != null) {
				p.put("lot", view.lot());
			}
			if (view.signs() != null) {
				p.put("signs", view.signs());
			}
			if (view.vault() != null) {
				var vault = object("version", view.vault().version().toString(), "type", view.vault().type(),
						"title", view.vault().title());
				if (view.vault().validUntil() != null) {
					vault.put("validUntil", view.vault().validUntil().toString());
				}
				p.put("vault", vault);
			}
			if (view.espd() != null) {
				p.put("espdResponse", object("response", view.espd().response().toString(), "savedAt",
						view.espd().savedAt().toString(), "form", view.espd().form()));
			}
			return p;
		}).toList());
		if (!c.references().isEmpty()) {
			// « dites-le-nous une fois »: documents referenced, not sent again
			root.put("references", c.references().stream().map(r -> {
				var reference = object("vaultVersion", r.vaultVersion().toString(), "type", r.type(), "title", r.title(),
						"sourceDeposit", r.sourceDeposit().toString(), "sourceNumber", r.sourceNumber(), "fileName",
						r.fileName());
				reference.put("sourcePosition", r.sourcePosition());
				if (r.validUntil() != null) {
					reference.put("validUntil", r.validUntil().toString());
				}
				return reference;
			}).toList());
		}
		return root;
	}

	private static TreeMap<String, Object> object(Object... keysAndValues) {
		var map = new TreeMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Everything the manifest states; the server fills in who, when and the sealed hashes. */
	record Content(DepositId id, String number, ConsultationId consultation, String consultationReference,
			String consultationTitle, String buyer, CompanyId company, String companyName, String siret,
			AccountId depositor, String depositorName, String depositorEmail, Locale locale, Instant receivedAt,
			boolean late, boolean test, List<Integer> lots, BackupCopy backupCopy,
			List<DepositRequest.Partner> consortium, String openingKey, String wrappedKey, List<DepositPiece> pieces,
			List<DepositView.Reference> references) {
	}
}
