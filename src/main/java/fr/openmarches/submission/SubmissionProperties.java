package fr.openmarches.submission;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of deposits.
 *
 * @param uploadsDir where the chunks of uploads in progress wait, one directory per upload (the
 * completed file goes to the blob store); keep it on the same file system as the blob store
 * @param abandonAfter an upload that received no chunk for this long is purged
 * @param purgeInterval how often abandoned uploads are looked for
 * @param maxUploadSize the largest file one upload may declare
 */
@ConfigurationProperties("openmarches.submission")
public record SubmissionProperties(@DefaultValue("data/uploads") Path uploadsDir,
		@DefaultValue("P7D") Duration abandonAfter, @DefaultValue("PT1H") Duration purgeInterval,
		@DefaultValue("50GB") DataSize maxUploadSize) {
}
