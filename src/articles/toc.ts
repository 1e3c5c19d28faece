/** A heading as Astro's `render()` returns it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** A table of contents entry: an h2 with its h3s. */
export interface TocEntry {
	slug: string;
	text: string;
	children: { slug: string; text: string }[];
}

/**
 * Builds a two-level table of contents from h2 and h3 headings; an h3 before any h2 is promoted.
 * @example buildToc([{ depth: 2, slug: 'a', text: 'A' }]) // [{ slug: 'a', text: 'A', children: [] }]
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
	const toc: TocEntry[] = [];
	for (const { depth, slug, text } of headings) {
		const parent = toc.at(-1);
		if (depth === 3 && parent) parent.children.push({ slug, text });
		else if (depth === 2 || depth === 3) toc.push({ slug, text, children: [] });
	}
	return toc;
}
