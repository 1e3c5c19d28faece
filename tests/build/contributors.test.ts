// Contributor safety: every invalid fixture fails both `npm run check:content` and `astro build` with
// the same pinned message; no contributor code runs; a valid article renders every component; and a
// scaffolded article passes once filled in.
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, TMP, type BuildResult } from '../helpers/build.ts';
import { readPage } from '../helpers/html.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/invalid');
const BASE = join(FIXTURES, '_base');
const CONTENT_TMP = join(TMP, 'invalid-content');
const MARKER = join(TMP, 'code-ran.marker');
/** Failing builds stop at the content guard, so they are short; a few at a time keeps the machine usable. */
const CONCURRENCY = 4;

/** The problem lines each fixture must produce, paths as a contributor sees them (content/…). */
const EXPECTED: Record<string, string[]> = {
	'bad-date': [
		'content/articles/bad-date.mdx:4: pubDate: expected a date as YYYY-MM-DD, e.g. 2025-01-08',
	],
	'bad-figure-currency': [
		'content/articles/bad-figure-currency.mdx:11: figures[0].currency: expected one of EUR, USD, GBP, CHF, JPY, CNY, KRW, CAD',
	],
	'broken-article-link': [
		'content/articles/broken-article-link.mdx:11:6: mdx/broken-article-link: link to /articles/article-inexistant/: unknown article "article-inexistant". Known articles: article-valide, broken-article-link',
	],
	'component-props': [
		'content/articles/component-props.mdx:11:1: mdx/component-props: <Figure> needs the prop alt="…". Example: <Figure src="/images/exemple.png" alt="Ce que montre l’image" legende="Légende affichée" />',
	],
	'data-image': [
		'content/articles/data-image.mdx:11:1: mdx/unsafe-url: the URL "data:image/png;base64,iVBORw0KGgo=" uses the data: scheme, which is not allowed; use an http(s) address or a path of the site (allowed schemes: http, https, mailto)',
	],
	'description-too-long': [
		'content/articles/description-too-long.mdx:3: description: keep the standfirst to 200 characters or fewer',
	],
	'duplicate-slug': [
		'content/articles/article-valide.mdx: file/duplicate-slug: same slug as content/articles/Article-Valide.mdx (names differing only in case collide); rename one of them',
		'content/articles/Article-Valide.mdx: file/name: the file name "Article-Valide.mdx" is not a slug; rename it with lowercase ASCII letters, digits and hyphens (npm run new does it for you)',
	],
	'duplicate-tag': [
		'content/articles/duplicate-tag.mdx:5: tags[2]: "ia-generative" is listed twice; keep it once',
	],
	'duplicate-title': [
		'content/articles/duplicate-title.mdx:2: title: same title as content/articles/article-valide.mdx; make the headline specific',
	],
	'event-attribute': [
		'content/articles/event-attribute.mdx:11:4: mdx/event-attribute: <abbr> has the event handler attribute onmouseover; remove it (articles run no scripts)',
	],
	expression: [
		'content/articles/expression.mdx:11:17: mdx/no-expression: {…} expressions (comments {/* */} included) are not allowed; write plain text, or "\\{" for a literal brace',
	],
	'expression-in-attribute': [
		'content/articles/expression-in-attribute.mdx:11:1: mdx/no-expression: <Chiffre> attribute valeur={…} is an expression; write valeur="text" (attribute values must be plain strings)',
	],
	'future-date': [
		'content/articles/future-date.mdx:4: pubDate: 2999-01-01 is in the future (dates are compared in UTC); use the date the news happened or was updated',
	],
	'iframe-element': [
		'content/articles/iframe-element.mdx:11:1: mdx/unsafe-element: <iframe> is not allowed in articles (no scripts, styles, embedded pages or forms); remove it',
	],
	'import-export': [
		'content/articles/import-export.mdx:11:1: mdx/no-import-export: import and export statements are not allowed; remove the line (Encadre, Chiffre, Citation, NoteDeVerification and Figure need no import)',
	],
	'javascript-link': [
		'content/articles/javascript-link.mdx:11:4: mdx/unsafe-url: the URL "javascript:alert(1)" uses the javascript: scheme, which is not allowed; use an http(s) address or a path of the site (allowed schemes: http, https, mailto)',
	],
	'layout-html': [
		'content/articles/layout-html.mdx:11:1: mdx/html-element: raw HTML <div> is not allowed; use Markdown (## heading, > quote, **bold**, lists, tables) or Encadre, Chiffre, Citation, NoteDeVerification, Figure or the inline HTML elements <abbr>, <sub>, <sup>, <br>, <kbd>',
	],
	'missing-frontmatter': [
		'content/articles/missing-frontmatter.mdx:1: file/missing-frontmatter: the file must start with a frontmatter block between two "---" lines (title, description, pubDate, tags, source); run `npm run new -- "Titre"` for a template',
	],
	'missing-image': [
		'content/articles/missing-image.mdx:11:1: mdx/missing-image: image "/images/graphique-absent.png" does not exist: add the file as public/images/graphique-absent.png or fix the path',
	],
	'missing-source': [
		'content/articles/missing-source.mdx: source: missing: add a `source:` block with `publication:` and `url:` (and `title:`, `date:` when known) for the piece the article is written from',
	],
	'missing-title': [
		'content/articles/missing-title.mdx: title: missing: add `title:` with the French headline',
	],
	'no-tags': ['content/articles/no-tags.mdx:5: tags: add at least one tag from content/tags.yaml'],
	placeholder: [
		'content/articles/placeholder.mdx:3: description: unfilled placeholder "À compléter"; replace it with the real value',
		'content/articles/placeholder.mdx:11:1: mdx/placeholder: unfilled placeholder "TODO" in the text; replace it with the real text',
	],
	'runs-code': [
		'content/articles/runs-code.mdx:11:1: mdx/no-import-export: import and export statements are not allowed; remove the line (Encadre, Chiffre, Citation, NoteDeVerification and Figure need no import)',
		'content/articles/runs-code.mdx:13:1: mdx/no-expression: {…} expressions (comments {/* */} included) are not allowed; write plain text, or "\\{" for a literal brace',
	],
	'script-element': [
		'content/articles/script-element.mdx:11:1: mdx/unsafe-element: <script> is not allowed in articles (no scripts, styles, embedded pages or forms); remove it',
	],
	'source-url-javascript': [
		'content/articles/source-url-javascript.mdx:8: source.url: expected an absolute http(s) URL, e.g. "https://www.usine-digitale.fr/"',
	],
	'style-attribute': [
		"content/articles/style-attribute.mdx:11:1: mdx/style-attribute: <Encadre> has a style attribute; remove it (the site's styles apply to every article)",
	],
	'too-many-tags': ['content/articles/too-many-tags.mdx:5: tags: keep at most 6 tags'],
	'unknown-company': [
		'content/articles/unknown-company.mdx:9: companies[0]: unknown company "microsfot" — did you mean "microsoft"? Known companies: microsoft, openai',
	],
	'unknown-component': [
		'content/articles/unknown-component.mdx:11:1: mdx/unknown-component: unknown component <Encadré> — did you mean <Encadre>?; articles may use Encadre, Chiffre, Citation, NoteDeVerification, Figure or the inline HTML elements <abbr>, <sub>, <sup>, <br>, <kbd>',
	],
	'unknown-edition-article': [
		'content/editions/edition-invalide.yaml:8: items[1]: unknown article "article-disparu". Known articles: article-valide',
	],
	'unknown-field': [
		'content/articles/unknown-field.mdx:9: pubdate: unknown field — did you mean "pubDate"? Fields: title, description, pubDate, updatedDate, tags, companies, source, primarySources, verification, figures, draft',
	],
	'unknown-tag': [
		'content/articles/unknown-tag.mdx:5: tags[1]: unknown tag "ia" — did you mean "ia-generative"? Known tags: ia-generative, sante, cloud, commerce, industrie, robotique, regulation',
	],
	'updated-before-pub': [
		'content/articles/updated-before-pub.mdx:9: updatedDate: updatedDate must not be before pubDate',
	],
	'yaml-syntax': [
		'content/articles/yaml-syntax.mdx:3:27: file/yaml-syntax: invalid YAML in the frontmatter: Unexpected scalar at node end; check the quotes and indentation of this line (quote a value that contains ": " or quotes, e.g. title: "L\'IA : un bilan")',
	],
};

interface RunResult {
	code: number;
	output: string;
}

/** Runs a script of scripts/ with Node (the npm-pinned one vitest runs on). */
function runScript(
	script: string,
	args: string[],
	env: Record<string, string>,
): Promise<RunResult> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', script), ...args], {
			cwd: ROOT,
			env: { ...process.env, ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function mapLimited<T, R>(
	items: T[],
	limit: number,
	task: (item: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = [];
	let next = 0;
	const workers = Array.from({ length: limit }, async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index]);
		}
	});
	await Promise.all(workers);
	return results;
}

/** Content folder of a fixture: the shared base plus the fixture's files. */
function fixtureContentDir(name: string): string {
	const dir = join(CONTENT_TMP, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(BASE, dir, { recursive: true });
	cpSync(join(FIXTURES, name), dir, { recursive: true });
	return dir;
}

/** Problem lines of a log, with the fixture's temp folder shown as content/ and colours removed. */
function problemLines(output: string, name: string): string[] {
	return output
		.replace(/\u001b\[[0-9;]*m/g, '')
		.replaceAll(`tests/.tmp/invalid-content/${name}/`, 'content/')
		.split('\n')
		.filter((line) => line.startsWith('content/'));
}

const names = readdirSync(FIXTURES).filter((name) => name !== '_base');

describe('invalid fixtures', () => {
	const checks = new Map<string, RunResult>();
	const builds = new Map<string, BuildResult>();

	beforeAll(async () => {
		rmSync(MARKER, { force: true });
		const dirs = new Map(names.map((name) => [name, fixtureContentDir(name)]));
		await mapLimited(names, CONCURRENCY, async (name) => {
			const contentDir = `tests/.tmp/invalid-content/${name}`;
			checks.set(name, await runScript('check-content.ts', [], { VEILLE_CONTENT_DIR: contentDir }));
			builds.set(name, await buildSite({ name: `invalid-${name}`, contentDir }));
		});
		expect(dirs.size).toBe(names.length);
	}, 600_000);

	it('covers at least 20 rules, each with a pinned message', () => {
		expect(names.length).toBeGreaterThanOrEqual(20);
		expect(names.toSorted()).toEqual(Object.keys(EXPECTED).toSorted());
	});

	describe.each(names)('%s', (name) => {
		it('fails `npm run check:content` with the pinned message', () => {
			const result = checks.get(name);
			expect(result?.code).toBe(1);
			expect(problemLines(result?.output ?? '', name)).toEqual(EXPECTED[name]);
		});

		it('fails `astro build` with the same message and writes no output', () => {
			const result = builds.get(name);
			expect(result?.code).not.toBe(0);
			expect(problemLines(result?.output ?? '', name)).toEqual(EXPECTED[name]);
			expect(existsSync(join(result?.outDir ?? '', 'index.html'))).toBe(false);
		});
	});

	it('never runs contributor code (the runs-code fixture would write a marker file)', () => {
		expect(checks.get('runs-code')?.code).toBe(1);
		expect(builds.get('runs-code')?.code).not.toBe(0);
		expect(existsSync(MARKER)).toBe(false);
	});
});

describe('a valid article using every component', () => {
	let result: BuildResult;

	beforeAll(async () => {
		const fixture = join(ROOT, 'tests/fixtures/valid-components');
		result = await buildSite({
			name: 'valid-components',
			contentDir: join(fixture, 'content'),
			env: { VEILLE_PUBLIC_DIR: join(fixture, 'public') },
		});
	}, 300_000);

	it('builds', () => {
		expect(result.code, result.output.slice(-2000)).toBe(0);
	});

	it('renders Encadre, Chiffre, Citation, NoteDeVerification and Figure', () => {
		const page = readPage(result.outDir, 'articles/tous-les-composants/index.html');
		expect(page.querySelector('aside.encadre')?.textContent).toContain('cinq ans');
		expect(page.querySelector('.chiffre .valeur')?.textContent).toBe('1,1 milliard de dollars');
		expect(page.querySelector('.chiffre figcaption')?.textContent).toBe(
			'Engagement de Coca-Cola envers Microsoft',
		);
		expect(page.querySelector('.citation blockquote')?.textContent).toContain('nouvelle ère');
		expect(page.querySelector('.citation cite a')?.getAttribute('href')).toBe(
			'https://www.example.org/communique',
		);
		expect(page.querySelector('aside.note')?.textContent).toContain('Note de vérification');
		expect(page.querySelector('aside.note time')?.getAttribute('datetime')).toBe('2025-01-10');
		const image = page.querySelector('.figure img');
		expect(image?.getAttribute('src')).toBe('/images/exemple.png');
		expect(image?.getAttribute('alt')).toBe('Un pixel de démonstration');
		expect(page.querySelector('.figure figcaption')?.textContent).toContain('Une image de test');
		expect(page.querySelector('abbr')?.getAttribute('title')).toBe('Intelligence artificielle');
		expect(existsSync(join(result.outDir, 'images/exemple.png'))).toBe(true);
	});
});

describe('npm run new', () => {
	const contentDir = 'tests/.tmp/new-article/content';
	const env = { VEILLE_CONTENT_DIR: contentDir };
	const file = join(ROOT, contentDir, 'articles/l-ia-generative-a-l-usine.mdx');

	beforeAll(() => {
		rmSync(join(ROOT, contentDir), { recursive: true, force: true });
		mkdirSync(join(ROOT, contentDir), { recursive: true });
		cpSync(BASE, join(ROOT, contentDir), { recursive: true });
	});

	it('creates an article whose only problems are its placeholders', async () => {
		const created = await runScript(
			'new-article.ts',
			[
				"L'IA générative à l'usine",
				'--tags',
				'ia-generative,industrie',
				'--companies',
				'microsoft',
			],
			env,
		);
		expect(created.code, created.output).toBe(0);
		expect(created.output).toContain('Next steps:');
		const check = await runScript('check-content.ts', [], env);
		expect(check.code).toBe(1);
		expect(check.output).toMatch(/description: unfilled placeholder/);
		expect(check.output).toMatch(/mdx\/placeholder/);
	});

	it('passes check:content once the placeholders are filled', async () => {
		const filled = readFileSync(file, 'utf8')
			.replace(/description: ".*"/, 'description: "Un chapô rempli."')
			.replace('publication: "À compléter"', 'publication: "L\'Usine Digitale"')
			.replace('title: "À compléter"', 'title: "Un titre de source"')
			.replace('https://example.org/a-completer', 'https://www.usine-digitale.fr/')
			.replace(/À compléter : le texte[\s\S]*$/, 'Le texte de l’article.\n');
		writeFileSync(file, filled);
		const check = await runScript('check-content.ts', [], env);
		expect(check.output).toContain('Content check passed');
		expect(check.code).toBe(0);
	});

	it('refuses to overwrite an existing article', async () => {
		const again = await runScript('new-article.ts', ["L'IA générative à l'usine"], env);
		expect(again.code).toBe(1);
		expect(again.output).toContain('already exists');
	});

	it('refuses an unknown tag with a suggestion', async () => {
		const result = await runScript('new-article.ts', ['Autre titre', '--tags', 'robotiqe'], env);
		expect(result.code).toBe(1);
		expect(result.output).toContain('unknown tag "robotiqe" — did you mean "robotique"?');
	});
});
