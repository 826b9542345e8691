package fr.openmarches.sealing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Shamir's secret sharing over GF(2^8), byte-compatible with npm {@code shamir-secret-sharing}
 * (what {@code keys.js} splits and combines in the commission members' browsers): the same field
 * (AES's, x^8 + x^4 + x^3 + x + 1) and the same share layout, the secret's length in y values then
 * the share's x coordinate (1 to 255) as its last byte. Java uses it where there is no browser: demo
 * data and test fixtures.
 *
 * <p>The arithmetic is branch-free and without tables, so its timing does not depend on the secret.
 */
public final class Shamir {

	private Shamir() {
	}

	/**
	 * Splits a secret into shares, any {@code threshold} of which rebuild it.
	 * @param secret at least one byte
	 * @param shares how many shares, 2 to 255
	 * @param threshold how many rebuild the secret, 2 to {@code shares}
	 * @return the shares, each {@code secret.length + 1} bytes, x coordinates distinct and random
	 */
	public static List<byte[]> split(byte[] secret, int shares, int threshold) {
		if (secret == null || secret.length == 0) {
			throw new IllegalArgumentException("The secret must not be empty");
		}
		if (shares < 2 || shares > 255 || threshold < 2 || threshold > shares) {
			throw new IllegalArgumentException(
					"Need 2 ≤ threshold ≤ shares ≤ 255, not " + threshold + " of " + shares);
		}
		int[] xs = distinctCoordinates(shares);
		var result = new ArrayList<byte[]>(shares);
		for (int j = 0; j < shares; j++) {
			byte[] share = new byte[secret.length + 1];
			share[secret.length] = (byte) xs[j];
			result.add(share);
		}
		byte[] coefficients = new byte[threshold];
		for (int i = 0; i < secret.length; i++) {
			ContentKeys.RANDOM.nextBytes(coefficients);
			coefficients[0] = secret[i];
			for (int j = 0; j < shares; j++) {
				result.get(j)[i] = (byte) evaluate(coefficients, xs[j]);
			}
		}
		java.util.Arrays.fill(coefficients, (byte) 0);
		return result;
	}

	/**
	 * Rebuilds a secret from shares of one split. Fewer shares than the threshold give wrong bytes,
	 * not an error: check the result (e.g. that a private key matches its public key).
	 * @param shares 2 to 255 shares of equal length, with distinct x coordinates
	 * @return the secret, one byte shorter than a share
	 */
	public static byte[] combine(List<byte[]> shares) {
		if (shares.size() < 2 || shares.size() > 255) {
			throw new IllegalArgumentException("Combine 2 to 255 shares, not " + shares.size());
		}
		int length = shares.get(0).length;
		var seen = new HashSet<Integer>();
		int[] xs = new int[shares.size()];
		for (int j = 0; j < xs.length; j++) {
			byte[] share = shares.get(j);
			if (share.length < 2 || share.length != length) {
				throw new IllegalArgumentException("Shares are at least 2 bytes, all of the same length");
			}
			xs[j] = share[length - 1] & 0xff;
			if (xs[j] == 0 || !seen.add(xs[j])) {
				throw new IllegalArgumentException("Each share has its own x coordinate, from 1 to 255");
			}
		}
		// Lagrange basis at x = 0, the same for every byte: l_j = Π_{m≠j} x_m / (x_j + x_m).
		int[] basis = new int[xs.length];
		for (int j = 0; j < xs.length; j++) {
			int l = 1;
			for (int m = 0; m < xs.length; m++) {
				if (m != j) {
					l = multiply(l, divide(xs[m], xs[j] ^ xs[m]));
				}
			}
			basis[j] = l;
		}
		byte[] secret = new byte[length - 1];
		for (int i = 0; i < secret.length; i++) {
			int value = 0;
			for (int j = 0; j < xs.length; j++) {
				value ^= multiply(shares.get(j)[i] & 0xff, basis[j]);
			}
			secret[i] = (byte) value;
		}
		return secret;
	}

	/** A random choice of distinct x coordinates from 1 to 255 (Fisher–Yates on 1..255). */
	private static int[] distinctCoordinates(int count) {
		int[] all = new int[255];
		for (int i = 0; i < all.length; i++) {
			all[i] = i + 1;
		}
		for (int i = all.length - 1; i > 0; i--) {
			int j = ContentKeys.RANDOM.nextInt(i + 1);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return java.util.Arrays.copyOf(all, count);
	}

	/** Horner's rule: coefficients[0] + coefficients[1]·x + … in GF(2^8). */
	private static int evaluate(byte[] coefficients, int x) {
		int result = 0;
		for (int i = coefficients.length - 1; i >= 0; i--) {
			result = multiply(result, x) ^ (coefficients[i] & 0xff);
		}
		return result;
	}

	/** Product in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1 (0x11b), without branches on the operands. */
	static int multiply(int a, int b) {
		int product = 0;
		for (int bit = 0; bit < 8; bit++) {
			product ^= -(b & 1) & a;
			a = (a << 1) ^ (-(a >>> 7) & 0x11b);
			b >>>= 1;
		}
		return product;
	}

	/** a / b = a · b^254, since b^255 = 1 for b ≠ 0; 254 = 2 + 4 + … + 128. */
	static int divide(int a, int b) {
		if (b == 0) {
			throw new ArithmeticException("Division by zero in GF(2^8)");
		}
		int power = b;
		int inverse = 1;
		for (int i = 0; i < 7; i++) {
			power = multiply(power, power);
			inverse = multiply(inverse, power);
		}
		return multiply(a, inverse);
	}
}
