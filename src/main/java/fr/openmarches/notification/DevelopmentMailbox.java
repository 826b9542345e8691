package fr.openmarches.notification;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The in-process SMTP server (GreenMail) that receives the platform's mail when no relay is
 * configured, and what it received: shown on {@code /dev/mailbox} and read by tests.
 */
public class DevelopmentMailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private GreenMail server;

	private int port;

	DevelopmentMailbox(int port) {
		this.port = port;
		start();
	}

	/** Starts accepting mail (again, on the same port). */
	public synchronized void start() {
		if (server != null) {
			return;
		}
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		port = server.getSmtp().getPort();
	}

	/** Stops accepting mail, as an SMTP outage would; what was received is forgotten. */
	public synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	public int port() {
		return port;
	}

	/** Every mail received since the server started, newest first. */
	public synchronized List<ReceivedMail> received() {
		if (server == null) {
			return List.of();
		}
		var mails = new ArrayList<ReceivedMail>();
		var messages = server.getReceivedMessages();
		for (int i = 0; i < messages.length; i++) {
			mails.add(read(i, messages[i]));
		}
		mails.sort(Comparator.comparing(ReceivedMail::receivedAt).thenComparing(ReceivedMail::index).reversed());
		return mails;
	}

	/** Mails received by one address, newest first. */
	public List<ReceivedMail> receivedBy(String address) {
		return received().stream().filter(mail -> mail.to().contains(address.toLowerCase())).toList();
	}

	private static ReceivedMail read(int index, MimeMessage message) {
		try {
			var to = Arrays.stream(message.getAllRecipients()).map(Address::toString).map(String::toLowerCase).toList();
			var text = textOf(message);
			var links = LINK.matcher(text).results().map(m -> m.group()).distinct().toList();
			var sent = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
			var unsubscribe = message.getHeader("List-Unsubscribe", null);
			var attachments = new ArrayList<ReceivedAttachment>();
			collectAttachments(message, attachments);
			return new ReceivedMail(index, to, message.getSubject(), sent, text, links, unsubscribe,
					List.copyOf(attachments));
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Unreadable mail in the development mailbox", e);
		}
	}

	private static void collectAttachments(Part part, List<ReceivedAttachment> into)
			throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() != null) {
			try (var in = part.getInputStream()) {
				into.add(new ReceivedAttachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
			}
		}
		else if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collectAttachments(multipart.getBodyPart(i), into);
			}
		}
	}

	private static String textOf(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				var text = textOf(child);
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return "";
	}

	/**
	 * @param index position in arrival order
	 * @param to recipients, in lower case
	 * @param text the plain-text part
	 * @param links every http(s) link in the text, in order
	 * @param listUnsubscribe the List-Unsubscribe header, or null
	 * @param attachments the files attached, in order
	 */
	public record ReceivedMail(int index, List<String> to, String subject, Instant receivedAt, String text,
			List<String> links, String listUnsubscribe, List<ReceivedAttachment> attachments) {
	}

	/** A file attached to a received mail. */
	public record ReceivedAttachment(String fileName, String contentType, byte[] content) {
	}
}
