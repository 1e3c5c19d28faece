/** One thing wrong with the content, located precisely enough for a contributor to fix it. */
export interface Problem {
	/** Path of the file, relative to the project root, with `/` separators. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** 1-based column, when known. */
	column?: number;
	/** Frontmatter field path, e.g. `tags[1]` or `source.url` (frontmatter problems only). */
	field?: string;
	/** Rule name, e.g. `schema`, `mdx/no-expression`, `file/missing-frontmatter`. */
	rule: string;
	/** What is wrong, what was expected, and how to fix it. */
	message: string;
}

/**
 * Formats a field path the way a contributor reads it in YAML.
 * @example pathToField(['figures', 0, 'currency']) // 'figures[0].currency'
 */
export function pathToField(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) => {
			if (typeof key === 'number') return `[${key}]`;
			return index === 0 ? String(key) : `.${String(key)}`;
		})
		.join('');
}

/**
 * One line per problem: location, the rule, the field (frontmatter and data files), then the message.
 * @example
 * formatProblem({ file: 'content/articles/a.mdx', line: 4, field: 'tags[1]', rule: 'schema', message: 'unknown tag "ia"' })
 * // 'content/articles/a.mdx:4: schema: tags[1]: unknown tag "ia"'
 */
export function formatProblem(problem: Problem): string {
	let location = problem.file;
	if (problem.line !== undefined) {
		location += `:${problem.line}`;
		if (problem.column !== undefined) location += `:${problem.column}`;
	}
	// An internal error's message already names the rule that failed.
	if (problem.rule === INTERNAL_ERROR) return `${location}: ${problem.message}`;
	const field = problem.field === undefined ? '' : `${problem.field}: `;
	return `${location}: ${problem.rule}: ${field}${problem.message}`;
}

const INTERNAL_ERROR = 'internal-error';

/**
 * The problem reported when a rule itself fails: the checker never crashes, it names the file and
 * the rule that broke, and the file is refused.
 */
export function internalErrorProblem(file: string, rule: string, error: unknown): Problem {
	const message = error instanceof Error ? error.message : String(error);
	return {
		file,
		rule: INTERNAL_ERROR,
		message: `internal error in rule ${rule}: ${message.split('\n')[0]} (the file is refused; please report this at the project's issue tracker)`,
	};
}

/** Sorts problems by file, then line, then column, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0),
	);
}

/**
 * The whole report: a count, then one line per problem, then where to read more.
 * @example formatReport([]) // 'Content check passed: no problems found.'
 */
export function formatReport(problems: readonly Problem[]): string {
	if (problems.length === 0) return 'Content check passed: no problems found.';
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return [
		`Content check failed: ${count} to fix.`,
		...sortProblems(problems).map(formatProblem),
		'See CONTRIBUTING.md ("What the checks say") for how to fix each one.',
	].join('\n');
}
