// `npm run check:content`: validates every article (schema + MDX policy) without building the site.
// Exits 1 and prints one line per problem when anything is wrong.
import { performance } from 'node:perf_hooks';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatReport } from '../src/content-check/problem.ts';

const started = performance.now();
const problems = checkContent({
	root: process.cwd(),
	contentDir: CONTENT_DIR,
	publicDir: process.env.VEILLE_PUBLIC_DIR ?? 'public',
});
const report = formatReport(problems);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
	console.error(report);
	process.exitCode = 1;
} else {
	console.log(`${report} (${CONTENT_DIR}, ${seconds} s)`);
}
