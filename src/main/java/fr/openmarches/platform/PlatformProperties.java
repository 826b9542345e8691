package fr.openmarches.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param baseUrl the public address of the platform, used in links sent by mail and in documents
 */
@ConfigurationProperties("openmarches")
public record PlatformProperties(@DefaultValue("http://localhost:8080") URI baseUrl) {

	/** An absolute link to a path of the platform, for mails and documents. */
	public String link(String path) {
		var base = baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
