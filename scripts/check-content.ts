// `npm run check:content`: runs the content pipeline the build runs (src/articles/pipeline.ts) over
// the content folder, without building the site, and prints one line per problem. Exits 1 when
// anything is wrong.
import { performance } from 'node:perf_hooks';
import { loadContent } from '../src/articles/pipeline.ts';
import { CONTENT_DIR } from '../src/content-dir.ts';
import { formatReport } from '../src/content-check/problem.ts';

const started = performance.now();
const { problems } = loadContent({
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
