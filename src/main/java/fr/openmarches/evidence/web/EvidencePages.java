package fr.openmarches.evidence.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.openmarches.evidence.Availability;
import fr.openmarches.evidence.DailyHeads;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.evidence.ReceiptVerification;
import fr.openmarches.evidence.Verification;

/**
 * The public pages of the evidence log: the transparency page (the timestamped daily heads) and
 * the platform's availability over the last 24 hours (a timeline and its table), and
 * the verifier, where anyone checks a deposit receipt, as a PDF or by its data.
 */
@Controller
class EvidencePages {

	private final EvidenceLog log;

	private final DailyHeads heads;

	private final ReceiptVerification verification;

	private final Availability availability;

	EvidencePages(EvidenceLog log, DailyHeads heads, ReceiptVerification verification, Availability availability) {
		this.log = log;
		this.heads = heads;
		this.verification = verification;
		this.availability = availability;
	}

	@GetMapping("/transparence")
	String transparency(Model model) {
		var head = log.head();
		model.addAttribute("heads", heads.all().stream().map(EvidenceResources.HeadResource::of).toList());
		model.addAttribute("currentSequence", head.sequence());
		model.addAttribute("currentHash", HexFormat.of().formatHex(head.entryHash()));
		model.addAttribute("nextAt", heads.nextAt());
		model.addAttribute("availability", AvailabilityChart.of(availability.last(Duration.ofHours(24))));
		model.addAttribute("latestProbe", availability.latest().orElse(null));
		return "evidence/transparency";
	}

	@GetMapping("/verifier")
	String verifier(Model model) {
		model.addAttribute("form", new VerifyForm(null, null));
		return "evidence/verify";
	}

	@PostMapping("/verifier")
	String verify(@RequestParam(required = false) MultipartFile receipt,
			@RequestParam(required = false) String depositId, @RequestParam(required = false) String manifestSha256,
			Model model) throws IOException {
		var form = new VerifyForm(depositId, manifestSha256);
		model.addAttribute("form", form);
		Verification result;
		if (receipt != null && !receipt.isEmpty()) {
			try {
				result = verification.verifyPdf(receipt.getBytes());
			}
			catch (IllegalArgumentException e) {
				model.addAttribute("problem", "evidence.verify.error.notPdf");
				return "evidence/verify";
			}
		}
		else if (form.isBlank()) {
			model.addAttribute("problem", "evidence.verify.error.nothing");
			return "evidence/verify";
		}
		else {
			var id = form.deposit();
			var manifest = form.manifest();
			if (id == null || manifest == null) {
				model.addAttribute("problem", "evidence.verify.error.data");
				return "evidence/verify";
			}
			result = verification.verify(id, manifest, null);
		}
		model.addAttribute("result", result);
		return "evidence/verify";
	}

	/** What the verifier's form takes besides the PDF: the data printed on the receipt. */
	record VerifyForm(String depositId, String manifestSha256) {

		boolean isBlank() {
			return (depositId == null || depositId.isBlank()) && (manifestSha256 == null || manifestSha256.isBlank());
		}

		UUID deposit() {
			try {
				return depositId == null ? null : UUID.fromString(depositId.strip());
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

		byte[] manifest() {
			if (manifestSha256 == null || !manifestSha256.strip().matches("(?i)[0-9a-f]{64}")) {
				return null;
			}
			return HexFormat.of().parseHex(manifestSha256.strip().toLowerCase());
		}
	}
}
