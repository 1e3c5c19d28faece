// Synthetic corpus for the benchmark: N French articles of about 700 words with `##` sections and
// realistic frontmatter (real tag and company vocabularies, sources, figures, verification notes),
// plus weekly editions. Deterministic: article i is the same for every N and every run (seeded PRNG),
// so the 1,000-article corpus is the first thousand articles of the 5,000-article one.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadContent } from '../src/articles/pipeline.ts';
import { titleToSlug } from '../src/urls/slug.ts';
import { FIGURE_KINDS } from '../src/schemas/figure.ts';

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
	/** Number of articles. */
	n: number;
	/** Folder to write (`articles/`, `editions/`, `tags.yaml`, `companies.yaml`); emptied first. */
	outDir: string;
	/** The real content folder, whose tags.yaml and companies.yaml are copied. */
	vocabularyDir: string;
	/** PRNG seed. @default 20250106 */
	seed?: number;
}

/** What {@link generateCorpus} wrote. */
export interface CorpusSummary {
	articles: number;
	editions: number;
	words: number;
	/** Slug of every article, in index order. */
	slugs: string[];
}

/** An article ready to write: its slug, frontmatter and MDX body. */
export interface SyntheticArticle {
	slug: string;
	frontmatter: Record<string, unknown>;
	body: string;
	words: number;
}

interface Vocabulary {
	tags: string[];
	companies: { id: string; name: string }[];
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T =>
	list[Math.floor(random() * list.length)]!;
const between = (random: Random, min: number, max: number) =>
	min + Math.floor(random() * (max - min + 1));

/** `count` distinct items of `list`, in random order. */
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy.slice(0, count);
}

const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
];

// Words invented from syllables give the corpus a vocabulary that keeps growing with its size
// (product names, towns, people), as a real archive's does; a fixed word list would not.
const SYLLABLES = [
	'ka',
	'lo',
	'ri',
	'ne',
	'va',
	'sol',
	'tra',
	'mi',
	'zen',
	'or',
	'bel',
	'du',
	'ix',
];
const SYLLABLES_END = ['ia', 'is', 'on', 'ex', 'ar', 'um', 'eo', 'ine', 'ys', 'al'];

function inventName(random: Random): string {
	let name = pick(random, SYLLABLES);
	for (let i = between(random, 1, 2); i > 0; i--) name += pick(random, SYLLABLES);
	name += pick(random, SYLLABLES_END);
	return name[0]!.toUpperCase() + name.slice(1);
}

const ACTORS = [
	'le groupe',
	'la direction',
	'l’entreprise',
	'la start-up',
	'le fabricant',
	'le distributeur',
	'l’éditeur',
	'le régulateur',
	'le consortium',
	'la filiale européenne',
	'l’équipe de recherche',
	'le conseil d’administration',
];
const VERBS = [
	'annonce',
	'prévoit',
	'confirme',
	'étudie',
	'accélère',
	'teste',
	'déploie',
	'finance',
	'suspend',
	'prolonge',
	'réorganise',
	'dévoile',
	'renforce',
	'négocie',
];
const OBJECTS = [
	'un programme d’intelligence artificielle générative',
	'une plateforme de traitement des données',
	'un centre de calcul de nouvelle génération',
	'des assistants conversationnels pour ses clients',
	'un partenariat industriel de long terme',
	'des capteurs connectés dans ses usines',
	'un modèle de langage entraîné sur ses archives',
	'une offre de cloud souverain',
	'des outils de maintenance prédictive',
	'une chaîne logistique automatisée',
	'un laboratoire commun avec des universités',
	'des puces spécialisées pour l’inférence',
	'un service de traduction automatique',
	'une solution de détection des fraudes',
];
const COMPLEMENTS = [
	'dans plusieurs pays européens',
	'd’ici la fin de l’année',
	'pour réduire ses coûts d’exploitation',
	'malgré les réserves des syndicats',
	'sous le contrôle des autorités de la concurrence',
	'avec un budget revu à la hausse',
	'en s’appuyant sur des fournisseurs locaux',
	'après une phase pilote jugée concluante',
	'pour répondre à la demande de ses clients',
	'dans un marché de plus en plus disputé',
	'au terme de longs mois de discussions',
	'en respectant le règlement européen sur l’IA',
];
const OPENERS = [
	'Selon nos informations,',
	'D’après le communiqué,',
	'Pour les analystes,',
	'À en croire ses dirigeants,',
	'Dans le détail,',
	'Sur le terrain,',
	'Concrètement,',
	'En parallèle,',
	'De son côté,',
	'À moyen terme,',
	'Pour l’heure,',
	'Au-delà des annonces,',
];
const REMARKS = [
	'Les premiers résultats restent modestes, mais la tendance est nette.',
	'Aucun calendrier précis n’a toutefois été communiqué.',
	'Les concurrents observent l’initiative avec attention.',
	'La question de la protection des données personnelles reste entière.',
	'Les salariés concernés seront formés dans les prochains mois.',
	'Le projet doit encore obtenir le feu vert des autorités.',
	'La consommation d’énergie des serveurs inquiète les associations.',
	'Les investisseurs ont salué l’annonce en Bourse.',
	'Le coût total de l’opération n’a pas été dévoilé.',
	'Plusieurs clients pilotes ont déjà signé.',
	'Les chercheurs appellent à la prudence sur les performances annoncées.',
	'La souveraineté numérique revient au cœur du débat.',
];
const SECTION_TITLES = [
	'Un marché en pleine recomposition',
	'Ce que prévoit l’accord',
	'Des usages déjà concrets',
	'Les chiffres clés',
	'Une réglementation qui se précise',
	'Les limites du projet',
	'Un pari industriel',
	'Des concurrents en embuscade',
	'Les salariés en première ligne',
	'Ce qu’il faut retenir',
	'La question de l’énergie',
	'Un calendrier serré',
	'Le regard des experts',
	'Des données sous haute surveillance',
];
const TITLE_TEMPLATES = [
	(company: string, name: string) => `${company} mise sur ${name} pour accélérer dans l’IA`,
	(company: string, name: string) => `${company} dévoile ${name}, son nouvel assistant d’IA`,
	(company: string, name: string) => `Avec ${name}, ${company} automatise sa logistique`,
	(company: string, name: string) => `${company} investit dans ${name} et ses centres de données`,
	(company: string, name: string) => `${company} s’allie à ${name} dans la santé`,
	(company: string, name: string) => `${company} teste l’IA générative avec ${name}`,
	(company: string, name: string) => `L’autorité de ${name} enquête sur ${company}`,
	(company: string, name: string) => `${company} rachète la start-up ${name}`,
];
const PUBLICATIONS = [
	{ name: "L'Usine Digitale", url: 'https://www.usine-digitale.fr/' },
	{ name: 'Siècle Digital', url: 'https://siecledigital.fr/' },
	{ name: 'Les Echos', url: 'https://www.lesechos.fr/' },
	{ name: 'Le Monde Informatique', url: 'https://www.lemondeinformatique.fr/' },
	{ name: 'ZDNet France', url: 'https://www.zdnet.fr/' },
];
const UNITS = ['personnes', 'pétaflops', 'utilisateurs', 'mégawatts', 'serveurs'];
const CURRENCIES = ['EUR', 'USD', 'EUR', 'USD', 'GBP', 'CHF'];
/** Money kinds: every figure kind but the counts. */
const KINDS = FIGURE_KINDS.filter((kind) => kind !== 'capacite' && kind !== 'audience');
/** Articles per day: a 20,000-article archive spans about 14 years. */
const ARTICLES_PER_DAY = 4;
/** The most recent synthetic article's date (before "today" for the future-date rule). */
const LATEST = Date.UTC(2026, 9, 30);
const DAY = 86_400_000;

function isoDate(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

function frenchDate(time: number): string {
	const date = new Date(time);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Date of article `index` (newest first). */
export function articleTime(index: number): number {
	return LATEST - Math.floor(index / ARTICLES_PER_DAY) * DAY;
}

function sentence(random: Random, companies: string[], names: string[]): string {
	const subject =
		random() < 0.5 && companies.length > 0 ? pick(random, companies) : pick(random, ACTORS);
	const text = `${random() < 0.4 ? `${pick(random, OPENERS)} ` : ''}${subject} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, COMPLEMENTS)}`;
	const detail =
		random() < 0.35
			? `, baptisé ${pick(random, names)}`
			: random() < 0.3
				? `, pour ${between(random, 2, 950)} millions d’euros`
				: '';
	const capitalised = text[0]!.toUpperCase() + text.slice(1);
	return `${capitalised}${detail}.`;
}

function paragraph(random: Random, companies: string[], names: string[]): string {
	const parts: string[] = [];
	for (let i = between(random, 3, 5); i > 0; i--) {
		parts.push(random() < 0.2 ? pick(random, REMARKS) : sentence(random, companies, names));
	}
	return parts.join(' ');
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Article `index` of the corpus: the same for every N. `earlier` holds the slugs before it. */
export function createArticle(
	index: number,
	vocabulary: Vocabulary,
	seed: number,
	earlier: readonly string[],
): SyntheticArticle {
	const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
	const time = articleTime(index);
	const companies = sample(random, vocabulary.companies, between(random, 0, 3));
	const companyNames = companies.map((company) => company.name);
	const names = Array.from({ length: 4 }, () => inventName(random));
	const lead =
		companyNames[0] ?? pick(random, ['Un industriel français', 'Une start-up parisienne']);
	// The index number keeps every title (and slug) unique, as the content check requires.
	const headline = pick(random, TITLE_TEMPLATES)(lead, names[0]!);
	const title = `${headline} (${index + 1})`;
	const slug = `${titleToSlug(headline).slice(0, 60).replace(/-+$/, '')}-${index + 1}`;
	const description = `${sentence(random, companyNames, names)} ${pick(random, REMARKS)}`.slice(
		0,
		200,
	);
	const publication = pick(random, PUBLICATIONS);
	const frontmatter: Record<string, unknown> = {
		title,
		description: description.length === 200 ? `${description.slice(0, 198)}…` : description,
		pubDate: isoDate(time),
		...(random() < 0.1 ? { updatedDate: isoDate(time + between(random, 1, 30) * DAY) } : {}),
		tags: sample(random, vocabulary.tags, between(random, 1, 5)),
		companies: companies.map((company) => company.id),
		source: {
			publication: publication.name,
			title: `${publication.name} — ${frenchDate(time)}`,
			url: `${publication.url}${isoDate(time).replaceAll('-', '/')}/${slug}/`,
			date: isoDate(time),
		},
	};
	if (random() < 0.5) {
		frontmatter.primarySources = [{ publication: `${lead} (communiqué)`, date: isoDate(time) }];
	}
	if (random() < 0.2) {
		frontmatter.verification = [
			{
				kind: 'correction',
				claim: `La source indiquait un montant de ${between(random, 10, 90)} millions d’euros.`,
				fact: `Le communiqué officiel fait état de ${between(random, 10, 90)} millions d’euros.`,
			},
		];
	}
	if (random() < 0.4) {
		frontmatter.figures = Array.from({ length: between(random, 1, 2) }, (_, figureIndex) => {
			const money = random() < 0.8;
			return {
				amount: between(random, 1, 999) * 10 ** between(random, 3, 9),
				...(money ? { currency: pick(random, CURRENCIES) } : { unit: pick(random, UNITS) }),
				kind: pick(random, money ? KINDS : ['capacite', 'audience']),
				label: `${figureIndex === 0 ? 'Montant annoncé' : 'Second chiffre'} par ${lead} pour ${names[0]}`,
				companies: companies.slice(0, 1).map((company) => company.id),
				date: isoDate(time),
				...(random() < 0.2 ? { approx: pick(random, ['plus-de', 'jusqu-a', 'environ']) } : {}),
			};
		});
	}
	// The check refuses dates in the future: an updatedDate past LATEST is pulled back.
	if (typeof frontmatter.updatedDate === 'string' && frontmatter.updatedDate > isoDate(LATEST)) {
		frontmatter.updatedDate = isoDate(LATEST);
	}

	const sections: string[] = [paragraph(random, companyNames, names)];
	let words = countWords(sections[0]!);
	const titles = sample(random, SECTION_TITLES, 8);
	for (let s = 0; words < 680 && s < titles.length; s++) {
		const block = [`## ${titles[s]}`];
		for (let p = between(random, 1, 3); p > 0 && words < 700; p--) {
			const text = paragraph(random, companyNames, names);
			block.push(text);
			words += countWords(text);
		}
		sections.push(block.join('\n\n'));
	}
	if (earlier.length > 0 && random() < 0.3) {
		const target = earlier[Math.floor(random() * Math.min(earlier.length, 200))]!;
		sections.push(`Lire aussi : [notre article précédent](/articles/${target}/).`);
	}
	return { slug, frontmatter, body: `${sections.join('\n\n')}\n`, words };
}

/** The tags and companies of the real content folder, read through the content pipeline. */
function readVocabulary(vocabularyDir: string): Vocabulary {
	const { tags, companies, problems } = loadContent({
		root: process.cwd(),
		contentDir: vocabularyDir,
		publicDir: join(vocabularyDir, '..', 'public'),
	});
	if (problems.length > 0) {
		throw new Error(`${vocabularyDir} has content problems; run npm run check:content first`);
	}
	return {
		tags: tags.map((tag) => tag.id),
		companies: companies.map(({ id, data }) => ({ id, name: data.name })),
	};
}

/** Serialises an article as an MDX file. */
export function articleToMdx(article: SyntheticArticle): string {
	return `---\n${stringify(article.frontmatter, { lineWidth: 0 })}---\n\n${article.body}`;
}

/** Writes the corpus into `outDir` (emptied first) and returns what it wrote. */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
	const seed = options.seed ?? 20250106;
	const vocabulary = readVocabulary(options.vocabularyDir);
	rmSync(options.outDir, { recursive: true, force: true });
	mkdirSync(join(options.outDir, 'articles'), { recursive: true });
	mkdirSync(join(options.outDir, 'editions'), { recursive: true });
	cpSync(join(options.vocabularyDir, 'tags.yaml'), join(options.outDir, 'tags.yaml'));
	cpSync(join(options.vocabularyDir, 'companies.yaml'), join(options.outDir, 'companies.yaml'));

	const slugs: string[] = [];
	let words = 0;
	for (let index = 0; index < options.n; index++) {
		// Links point to older articles (higher indexes) once they exist: article i links among
		// the articles generated before it, which are newer; either way the target exists.
		const article = createArticle(index, vocabulary, seed, slugs);
		slugs.push(article.slug);
		words += article.words;
		writeFileSync(join(options.outDir, 'articles', `${article.slug}.mdx`), articleToMdx(article));
	}

	// A weekly newsletter edition carrying ten of the week's articles.
	const perWeek = ARTICLES_PER_DAY * 7;
	let editions = 0;
	for (let start = 0; start < options.n; start += perWeek) {
		const week = slugs.slice(start, start + perWeek);
		const time = articleTime(start);
		const edition = {
			title: "L'essentiel de l'actu IA",
			dateLabel: `semaine du ${frenchDate(time - 6 * DAY)}`,
			date: isoDate(time),
			publication: "L'Usine Digitale",
			url: 'https://www.usine-digitale.fr/',
			items: week.slice(0, 10),
		};
		writeFileSync(
			join(options.outDir, 'editions', `lessentiel-actu-ia-${isoDate(time)}.yaml`),
			stringify(edition, { lineWidth: 0 }),
		);
		editions++;
	}
	return { articles: options.n, editions, words, slugs };
}
