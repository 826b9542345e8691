package fr.openmarches.platform.blob;

import java.io.IOException;
import java.nio.file.Path;

import fr.openmarches.platform.BlobStore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BlobStoreConfiguration.BlobStoreProperties.class)
class BlobStoreConfiguration {

	@Bean
	BlobStore blobStore(BlobStoreProperties properties) throws IOException {
		return new FilesystemBlobStore(properties.filesystem().root());
	}

	/**
	 * @param filesystem where the filesystem store keeps its files
	 */
	@ConfigurationProperties("openmarches.blob-store")
	record BlobStoreProperties(@DefaultValue Filesystem filesystem) {

		record Filesystem(@DefaultValue("data/blobs") Path root) {
		}
	}
}
