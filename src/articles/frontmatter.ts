// An article's frontmatter, as the MDX parser found it (./mdx.ts): its fences checked, its YAML
// read by the one strict configuration (./yaml.ts), validated by the article schema.
import type { Problem } from '../content-check/problem.ts';
import { validateWithSchema } from '../content-check/schema-issues.ts';
import type { ArticleData, createArticleSchema } from '../schemas/article.ts';
import type { Frontmatter } from './mdx.ts';
import { parseStrictYaml, type ParsedYaml } from './yaml.ts';

const FRONTMATTER_HINT = ` (quote a value that contains ": " or quotes, e.g. title: "L'IA : un bilan")`;

/** The fence lines of the frontmatter, exactly `---`, as the MDX parser reads them. */
function fenceProblems(
	frontmatter: Frontmatter | undefined,
	lines: string[],
	file: string,
): Problem[] {
	if (frontmatter?.kind === 'toml') {
		return [
			{
				file,
				line: frontmatter.openingLine,
				rule: 'file/frontmatter-format',
				message:
					'the frontmatter must be YAML between two "---" lines, not TOML between "+++" lines',
			},
		];
	}
	if (!frontmatter) {
		const opens = /^[-\s\u00a0]*---[-\s\u00a0]*$/.test(lines[0] ?? '');
		if (!opens) {
			return [
				{
					file,
					line: 1,
					rule: 'file/missing-frontmatter',
					message:
						'the file must start with a frontmatter block between two "---" lines (title, description, pubDate, tags, source); run `npm run new -- "Titre"` for a template',
				},
			];
		}
		const closing = lines.findIndex(
			(line, index) => index > 0 && /^\s*(---|\.\.\.)[\s\u00a0]*$/u.test(line),
		);
		const at = closing === -1 ? 1 : closing + 1;
		return [
			{
				file,
				line: at,
				rule: 'file/frontmatter-fence',
				message:
					closing === -1 || lines[0] !== '---'
						? 'the frontmatter must open on line 1 with a line that is exactly "---", and close with another such line'
						: `this line must be exactly "---" to close the frontmatter (it holds other characters, such as a tab or a no-break space, so the MDX parser reads the frontmatter as text); retype it`,
			},
		];
	}
	const fences: Problem[] = [];
	for (const line of [frontmatter.openingLine, frontmatter.closingLine]) {
		if (lines[line - 1] !== '---') {
			fences.push({
				file,
				line,
				rule: 'file/frontmatter-fence',
				message:
					'a frontmatter fence must be exactly "---" (no spaces after it, no "..."); retype the line',
			});
		}
	}
	return fences;
}

/** The validated frontmatter, or `undefined` after reporting why it is refused. */
export function readFrontmatter(
	frontmatter: Frontmatter | undefined,
	text: string,
	file: string,
	schema: ReturnType<typeof createArticleSchema>,
	problems: Problem[],
): { data?: ArticleData; lines: ParsedYaml } | undefined {
	const fences = fenceProblems(frontmatter, text.split('\n'), file);
	problems.push(...fences);
	if (fences.length > 0 || !frontmatter) return undefined;
	const parsed = parseStrictYaml(frontmatter.value, {
		file,
		firstLine: frontmatter.openingLine + 1,
		hint: FRONTMATTER_HINT,
	});
	if (parsed.problems) {
		problems.push(...parsed.problems);
		return undefined;
	}
	const { data } = parsed.value;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push({
			file,
			line: frontmatter.openingLine,
			rule: 'schema',
			message:
				'the frontmatter must list fields such as `title:` and `pubDate:`; run `npm run new -- "Titre"` for a template',
		});
		return undefined;
	}
	const result = validateWithSchema(schema, data, parsed.value, file);
	problems.push(...result.problems);
	return { data: result.value, lines: parsed.value };
}
