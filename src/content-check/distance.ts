/**
 * Edit distance between two strings (optimal string alignment, a Damerau–Levenshtein variant):
 * insertions, deletions, substitutions and swaps of two neighbouring characters each cost 1.
 * @example editDistance('ia-generatvie', 'ia-generative') // 1 (one swap)
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	// Three rolling rows: the one before the previous is needed for swaps.
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, beforePrevious[j - 2] + 1);
			}
			current[j] = value;
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length];
}

interface RankedCandidate {
	value: string;
	contains: boolean;
	distance: number;
}

function rankCandidate(input: string, candidate: string): RankedCandidate {
	const a = input.toLowerCase();
	const b = candidate.toLowerCase();
	return {
		value: candidate,
		contains: a.length > 0 && (b.includes(a) || a.includes(b)),
		distance: editDistance(a, b),
	};
}

/**
 * Sorts known values by closeness to `input` (case-insensitive): values that contain the input (or
 * are contained in it) first, then by edit distance, then alphabetically.
 * @example sortByNearest('ia', ['robotique', 'ia-generative']) // ['ia-generative', 'robotique']
 */
export function sortByNearest(input: string, candidates: readonly string[]): string[] {
	return candidates
		.map((candidate) => rankCandidate(input, candidate))
		.sort(
			(x, y) =>
				Number(y.contains) - Number(x.contains) ||
				x.distance - y.distance ||
				x.value.localeCompare(y.value),
		)
		.map((ranked) => ranked.value);
}

/**
 * The known value a typo most likely meant, or `undefined` when none is close: a value containing the
 * input (or contained in it), or one within a third of the input's length in edits (at least 2).
 * @example findNearest('Encadré', ['Encadre', 'Figure']) // 'Encadre'
 */
export function findNearest(input: string, candidates: readonly string[]): string | undefined {
	const [best] = sortByNearest(input, candidates);
	if (best === undefined) return undefined;
	const ranked = rankCandidate(input, best);
	const tolerance = Math.max(2, Math.floor(input.length / 3));
	return ranked.contains || ranked.distance <= tolerance ? best : undefined;
}
