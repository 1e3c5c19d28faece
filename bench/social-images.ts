// Micro-benchmark of the social images: draws the images of N synthetic articles (bench/corpus.ts,
// the same titles, tags and dates as `npm run bench`) one after the other and prints the CPU time
// of the process per image (Takumi renders off the JS thread), the first one (fonts) apart.
// Flags: --n N (default 1000). No cache involved.
// Run with `npx node bench/social-images.ts --n 5000` (the project's Node, which strips types).
import { join } from 'node:path';
import { loadVocabularies } from '../src/articles/pipeline.ts';
import { SITE } from '../src/consts.ts';
import { formatDate } from '../src/i18n/dates.ts';
import { drawSocialImage, type SocialImageInput } from '../src/social-images/social-image.ts';
import { createArticle } from './corpus.ts';

const SEED = 20250106;
const flag = process.argv.indexOf('--n');
const n = flag === -1 ? 1000 : Number(process.argv[flag + 1]);
if (!Number.isInteger(n) || n < 2)
	throw new Error('bench/social-images.ts: --n needs a whole number ≥ 2');

const root = join(import.meta.dirname, '..');
const { tags, companies } = loadVocabularies({ root, contentDir: 'content' });
const labels = new Map(tags.map((tag) => [tag.id, tag.data.label]));
const vocabulary = {
	tags: tags.map((tag) => tag.id),
	companies: companies.map(({ id, data }) => ({ id, name: data.name })),
};
const inputs: SocialImageInput[] = Array.from({ length: n }, (_, index) => {
	const { title, tags, pubDate } = createArticle(index, vocabulary, SEED, []).frontmatter as {
		title: string;
		tags: string[];
		pubDate: string;
	};
	return {
		siteName: SITE.title,
		kicker: labels.get(tags[0]!) ?? tags[0],
		title,
		footer: formatDate(new Date(pubDate)),
	};
});

const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};
let started = cpuMs();
await drawSocialImage(inputs[0]!);
const first = cpuMs() - started;
started = cpuMs();
let bytes = 0;
for (const input of inputs.slice(1)) bytes += (await drawSocialImage(input)).length;
const perImage = (cpuMs() - started) / (n - 1);
console.log(`first image (fonts): ${first.toFixed(0)} ms of CPU`);
console.log(
	`next ${n - 1} images: ${perImage.toFixed(2)} ms of CPU each, ${(bytes / (n - 1) / 1024).toFixed(1)} KB on average`,
);
