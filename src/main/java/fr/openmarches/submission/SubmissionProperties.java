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
 * @param timestampRetry how often deposits received while the timestamp authority was down are
 * looked at; each one is tried again after this delay, doubled at each failure up to 30 minutes
 * @param receiptRetry how often deposits whose receipt is missing (its issuing failed, or the
 * platform stopped in between) are looked for and their receipt issued
 */
@ConfigurationProperties("openmarches.submission")
public record SubmissionProperties(@DefaultValue("data/uploads") Path uploadsDir,
		@DefaultValue("P7D") Duration abandonAfter, @DefaultValue("PT1H") Duration purgeInterval,
		@DefaultValue("50GB") DataSize maxUploadSize, @DefaultValue("PT1M") Duration timestampRetry,
		@DefaultValue("PT1M") Duration receiptRetry) {
}
