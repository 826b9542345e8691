package fr.openmarches.identity;

import java.time.Duration;

/**
 * When failed attempts lead to a block, and for how long.
 *
 * @param maxFailures failures within {@code window} that cause a block
 * @param window failures are counted from the first one for this long, then counting starts over
 * @param block the first block; each repeated block lasts twice as long as the previous one
 * @param longestBlock no block lasts longer (blocking someone for days would only help attackers
 * lock people out)
 * @param blockMemory a block starting this long after the previous one ended is a first block again
 */
record ThrottlePolicy(int maxFailures, Duration window, Duration block, Duration longestBlock, Duration blockMemory) {

	ThrottlePolicy {
		if (maxFailures < 1 || window.isNegative() || window.isZero() || block.isNegative() || block.isZero()
				|| longestBlock.compareTo(block) < 0) {
			throw new IllegalArgumentException("Not a sensible throttle policy: " + maxFailures + " failures in "
					+ window + ", block " + block + " up to " + longestBlock);
		}
	}

	/** How long a block lasts after {@code previousBlocks} recent ones. */
	Duration blockAfter(int previousBlocks) {
		var doubled = block.multipliedBy(1L << Math.min(previousBlocks, 20));
		return doubled.compareTo(longestBlock) > 0 ? longestBlock : doubled;
	}
}
