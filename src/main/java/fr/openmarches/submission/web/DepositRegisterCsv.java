package fr.openmarches.submission.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.SpreadsheetCsv;
import fr.openmarches.submission.DepositRegister;

/**
 * The register of deposits as a spreadsheet, for the page and the API: one line per deposit in
 * the order of reception, Paris time — who, when, how much, late or replaced; never content.
 */
@Component
class DepositRegisterCsv {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LegalTime.ZONE);

	private static final List<String> COLUMNS = List.of("number", "receivedAt", "company", "siret", "depositor",
			"lots", "pieces", "sealedSize", "status", "backupCopy", "consortium", "timestamp");

	private final DepositRegister register;

	private final MessageSource messages;

	DepositRegisterCsv(DepositRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	/** Writes the register of {@code consultation} (whose buyer was checked) as the response, a file named after {@code reference}. */
	void write(ConsultationId consultation, String reference, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename("registre-depots-" + reference.replaceAll("[^\\w.-]", "_") + ".csv")
			.build()
			.toString());
		var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		var csv = SpreadsheetCsv.start(out,
				COLUMNS.stream().map(column -> text("submission.register.csv." + column, locale)).toList());
		for (var entry : register.of(consultation)) {
			csv.row(List.of(entry.number(), WHEN.format(entry.receivedAt()), entry.companyName(),
					entry.siret() == null ? "" : entry.siret(), entry.depositorName(),
					entry.lots().stream().map(String::valueOf).collect(Collectors.joining(", ")),
					String.valueOf(entry.pieceCount()), String.valueOf(entry.sealedSize()),
					text("submission.status." + entry.status(), locale),
					text("submission.backup." + entry.backupCopy(), locale),
					entry.consortium() ? text("submission.register.consortium", locale) : "",
					entry.timestampPending() ? text("submission.timestamp.pending", locale) : ""));
		}
		csv.finish();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
