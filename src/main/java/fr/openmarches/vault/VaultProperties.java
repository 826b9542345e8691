package fr.openmarches.vault;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize the largest document accepted
 * @param allowedExtensions file name extensions accepted (lower case)
 * @param checkInterval how often the expiry mails are looked at
 */
@ConfigurationProperties("openmarches.vault")
public record VaultProperties(@DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue({ "pdf", "jpg", "jpeg", "png", "odt", "ods", "doc", "docx", "xls", "xlsx", "xml", "zip",
				"txt" }) List<String> allowedExtensions,
		@DefaultValue("PT1H") Duration checkInterval) {
}
