package fr.openmarches.sealing;

import static fr.openmarches.sealing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Threshold split of the opening private key, and its compatibility with npm shamir-secret-sharing. */
class ShamirTest {

	final byte[] secret = ContentKeys.newContentKey();

	@Test
	void anyThresholdOfSharesRebuildsTheSecretAndFewerDoNot() {
		List<byte[]> shares = Shamir.split(secret, 5, 3);
		assertThat(shares).hasSize(5).allSatisfy(share -> assertThat(share).hasSize(33));
		for (var subset : subsets(shares, 3)) {
			assertThat(Shamir.combine(subset)).isEqualTo(secret);
		}
		for (var subset : subsets(shares, 4)) {
			assertThat(Shamir.combine(subset)).isEqualTo(secret);
		}
		for (var subset : subsets(shares, 2)) {
			assertThat(Shamir.combine(subset)).isNotEqualTo(secret);
		}
	}

	@Test
	void sharesHaveDistinctNonZeroCoordinatesLast() {
		List<byte[]> shares = Shamir.split(secret, 255, 2);
		var xs = new HashSet<Integer>();
		shares.forEach(share -> xs.add(share[share.length - 1] & 0xff));
		assertThat(xs).hasSize(255).doesNotContain(0);
	}

	@Test
	void orderOfSharesDoesNotMatter() {
		var shares = new ArrayList<>(Shamir.split(secret, 4, 4));
		Collections.reverse(shares);
		assertThat(Shamir.combine(shares)).isEqualTo(secret);
	}

	@Test
	void combinesSharesMadeByTheNpmPackage() {
		var vector = Vectors.load().shamir();
		List<byte[]> shares = vector.shares().stream().map(Vectors::hex).toList();
		for (var subset : subsets(shares, vector.threshold())) {
			assertThat(Shamir.combine(subset)).isEqualTo(hex(vector.secret()));
		}
	}

	@Test
	void fieldIsAes() {
		// FIPS-197 §4.2: {57} • {83} = {c1}.
		assertThat(Shamir.multiply(0x57, 0x83)).isEqualTo(0xc1);
		for (int b = 1; b < 256; b++) {
			assertThat(Shamir.multiply(Shamir.divide(1, b), b)).isOne();
		}
	}

	@Test
	void refusesWhatTheNpmPackageRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> Shamir.split(new byte[0], 3, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Shamir.split(secret, 3, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> Shamir.split(secret, 2, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> Shamir.split(secret, 256, 2));
		List<byte[]> shares = Shamir.split(secret, 3, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> Shamir.combine(List.of(shares.get(0))));
		assertThatIllegalArgumentException().isThrownBy(() -> Shamir.combine(List.of(shares.get(0), shares.get(0))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Shamir.combine(List.of(shares.get(0), java.util.Arrays.copyOf(shares.get(1), 20))));
	}

	static List<List<byte[]>> subsets(List<byte[]> all, int size) {
		var result = new ArrayList<List<byte[]>>();
		collect(all, size, 0, new ArrayList<>(), result);
		return result;
	}

	private static void collect(List<byte[]> all, int size, int from, List<byte[]> chosen, List<List<byte[]>> result) {
		if (chosen.size() == size) {
			result.add(List.copyOf(chosen));
			return;
		}
		for (int i = from; i < all.size(); i++) {
			chosen.add(all.get(i));
			collect(all, size, i + 1, chosen, result);
			chosen.remove(chosen.size() - 1);
		}
	}
}
