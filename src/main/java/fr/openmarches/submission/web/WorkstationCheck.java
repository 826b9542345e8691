package fr.openmarches.submission.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workstation check (vérification du poste): before a deposit, a supplier's browser proves it
 * can seal files (WebCrypto, the same code as the deposit), measures its upload speed to the
 * platform and the skew of its clock. The page does the work ({@code /js/deposit/workstation.js});
 * the server only answers the time and swallows test bytes, keeping nothing.
 */
@Controller
@Tag(name = "Workstation check", description = "What a supplier's browser needs before a deposit")
class WorkstationCheck {

	/** Enough to measure a speed, too little to be worth abusing. */
	static final int MAX_TEST_BYTES = 8 << 20;

	private final Clock clock;

	WorkstationCheck(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/verification-poste")
	String page() {
		return "submission/workstation";
	}

	@GetMapping("/api/v1/workstation/time")
	@ResponseBody
	@Operation(summary = "The platform's time", description = "In milliseconds since the epoch: a client measures its clock's skew.")
	Map<String, Long> time() {
		return Map.of("epochMillis", clock.millis());
	}

	@PostMapping("/api/v1/workstation/upload-test")
	@ResponseBody
	@Operation(summary = "Measure the upload speed",
			description = "Reads and discards up to 8 MiB; answers how many bytes arrived. Nothing is kept.")
	Map<String, Long> uploadTest(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_TEST_BYTES) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "At most 8 MiB");
		}
		long received = 0;
		try (InputStream in = request.getInputStream()) {
			var buffer = new byte[64 << 10];
			int read;
			while ((read = in.read(buffer)) > 0) {
				received += read;
				if (received > MAX_TEST_BYTES) {
					throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "At most 8 MiB");
				}
			}
		}
		return Map.of("received", received);
	}
}
