package fr.openmarches.company.web;

import java.time.Duration;
import java.util.Optional;

import fr.openmarches.company.ProductPicture;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A product's picture as an HTTP answer: its checked type, its digest as ETag, nothing inline. */
final class Pictures {

	private Pictures() {
	}

	static ResponseEntity<?> response(Optional<ProductPicture> picture, boolean privateCache) {
		if (picture.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
		}
		var found = picture.get();
		var cache = CacheControl.maxAge(Duration.ofHours(1));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.type().mediaType()))
			.contentLength(found.size())
			.eTag("\"" + found.sha256() + "\"")
			.cacheControl(privateCache ? cache.cachePrivate() : cache.cachePublic())
			.header("Content-Disposition", "inline")
			.body(new InputStreamResource(found.content()));
	}
}
