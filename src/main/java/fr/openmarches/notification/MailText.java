package fr.openmarches.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** The plain-text alternative and the subject of a mail, read from its rendered HTML. */
final class MailText {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private MailText() {
	}

	static String subjectOf(String html) {
		var title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalArgumentException("A mail template needs a <title>: it is the subject");
		}
		return HtmlUtils.htmlUnescape(title.group(1).replaceAll("\\s+", " ").strip());
	}

	static String fromHtml(String html) {
		var body = html.replaceAll("(?is)<head>.*?</head>", "").replaceAll("(?is)<style.*?</style>", "");
		var links = LINK.matcher(body);
		var withLinks = new StringBuilder();
		while (links.find()) {
			var label = links.group(2).replaceAll("<[^>]+>", "").strip();
			var href = links.group(1);
			var text = label.equals(href) || label.isEmpty() ? href : label + " : " + href;
			links.appendReplacement(withLinks, Matcher.quoteReplacement(text));
		}
		links.appendTail(withLinks);
		var text = withLinks.toString()
			.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)<li[^>]*>", "\n- ")
			.replaceAll("(?i)</(p|div|h[1-6]|ul|ol|table|tr)>", "\n\n")
			.replaceAll("<[^>]+>", "");
		text = HtmlUtils.htmlUnescape(text);
		return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
			.replaceAll("\n{3,}", "\n\n")
			.strip() + "\n";
	}
}
