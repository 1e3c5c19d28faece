import { describe, expect, it } from 'vitest';
import { NBSP, NNBSP, splitOrdinals, typesetFrench } from '../../../src/i18n/typography.ts';

/** Writes the no-break spaces visibly: U+00A0 as `~`, U+202F as `^` (as figures.test.ts does). */
const show = (text: string) => text.replaceAll(NBSP, '~').replaceAll(NNBSP, '^');
/** The reverse of `show`, to write the inputs as the content files hold them. */
const hide = (text: string) => text.replaceAll('~', NBSP).replaceAll('^', NNBSP);
const typeset = (text: string) => show(typesetFrench(hide(text)));

// Inputs as content/ holds them (frontmatter, vocabularies, edition, paragraphs), `~` and `^`
// standing for the no-break spaces their authors typed.
describe('typesetFrench on the real strings of the content', () => {
	it.each([
		['L’Usine Digitale', "L'Usine Digitale"],
		['L’essentiel de l’actu IA', "L'essentiel de l'actu IA"],
		[
			'L’essentiel de l’actu IA — semaine du 6~janvier~2025',
			"L'essentiel de l'actu IA — semaine du 6 janvier 2025",
		],
		['semaine du 6~janvier~2025', 'semaine du 6 janvier 2025'],
		[
			'Carrefour lance «^CarrefourIA^» pour ses salariés',
			'Carrefour lance «~CarrefourIA~» pour ses salariés',
		],
		['CES 2025~: l’IA sur toutes les lèvres', 'CES 2025~: l’IA sur toutes les lèvres'],
		['CES 2025~: l’IA sur toutes les lèvres', 'CES 2025 : l’IA sur toutes les lèvres'],
		[
			'Coca-Cola s’engage à hauteur de 1,1~milliard de dollars auprès de Microsoft',
			'Coca-Cola s’engage à hauteur de 1,1 milliard de dollars auprès de Microsoft',
		],
		[
			'L’Italie inflige une amende de 15~millions d’euros à OpenAI pour ChatGPT',
			'L’Italie inflige une amende de 15 millions d’euros à OpenAI pour ChatGPT',
		],
		[
			'Pour plus de 170~millions d’euros, Samsung Electronics prend 35~% du capital',
			'Pour plus de 170 millions d’euros, Samsung Electronics prend 35~% du capital',
		],
		[
			'HPC6 de 477~pétaflops soutenus~: la machine est cinquième mondiale et première européenne au TOP500 de novembre~2024.',
			'HPC6 de 477 pétaflops soutenus~: la machine est cinquième mondiale et première européenne au TOP500 de novembre 2024.',
		],
		[
			'HPC6 repose sur environ 14^000 processeurs graphiques (GPU)~: 13^888 GPU fournis par AMD',
			'HPC6 repose sur environ 14^000 processeurs graphiques (GPU)~: 13^888 GPU fournis par AMD',
		],
		['Dell^;', 'Dell~;'],
		[
			'enregistrer les nuisances sonores d’un chantier^;',
			'enregistrer les nuisances sonores d’un chantier~;',
		],
		[
			'KoBold Metals a annoncé le 1er~janvier~2025 une levée de fonds de 537~millions de dollars.',
			'KoBold Metals a annoncé le 1er janvier 2025 une levée de fonds de 537 millions de dollars.',
		],
		[
			'L’opération porte sa valorisation à 2,96~milliards de dollars, soit près de 3~milliards.',
			'L’opération porte sa valorisation à 2,96 milliards de dollars, soit près de 3 milliards.',
		],
		[
			'Depuis la mi-décembre~2024, le distributeur propose à ses salariés une plateforme',
			'Depuis la mi-décembre 2024, le distributeur propose à ses salariés une plateforme',
		],
		[
			'Le CES 2025 s’est tenu à Las Vegas du 7 au 10~janvier~2025.',
			'Le CES 2025 s’est tenu à Las Vegas du 7 au 10 janvier 2025.',
		],
		[
			'En 2023, 20,3~millions de personnes ont acheté ou vendu au moins un objet sur le site.',
			'En 2023, 20,3 millions de personnes ont acheté ou vendu au moins un objet sur le site.',
		],
		[
			'environ 80~milliards de dollars au cours de son exercice fiscal 2025, qui s’étend de juillet~2024 à juin~2025.',
			'environ 80 milliards de dollars au cours de son exercice fiscal 2025, qui s’étend de juillet 2024 à juin 2025.',
		],
		[
			'L’Usine Digitale indiquait que «^la moitié^» de ces dépenses serait réalisée aux États-Unis.',
			'L’Usine Digitale indiquait que «~la moitié~» de ces dépenses serait réalisée aux États-Unis.',
		],
		['Suivi (février~2025)', 'Suivi (février 2025)'],
	])('writes %s', (expected, input) => {
		expect(typeset(input)).toBe(expected);
	});
});

describe('typesetFrench spaces', () => {
	describe.each([
		[';', '^'],
		['!', '^'],
		['?', '^'],
		[':', '~'],
	])('before %s', (mark, space) => {
		it.each([' ', '~', '^', '  '])('puts %j where that space was typed', (typed) => {
			expect(typeset(`Pourquoi${typed}${mark} parce que`)).toBe(
				`Pourquoi${space}${mark} parce que`,
			);
		});

		it('puts one after a word where none was typed, when the mark ends a phrase', () => {
			expect(typeset(`Pourquoi${mark} parce que`)).toBe(`Pourquoi${space}${mark} parce que`);
			expect(typeset(`Pourquoi${mark}`)).toBe(`Pourquoi${space}${mark}`);
		});

		it('puts one at the start of a text, where an inline element ended just before', () => {
			expect(typeset(` ${mark} elle s’appuie sur les yeux`)).toBe(
				`${space}${mark} elle s’appuie sur les yeux`,
			);
		});
	});

	it('puts U+202F inside « », whatever was typed there', () => {
		expect(typeset('un «partenariat» et un « accord » et un «~contrat~»')).toBe(
			'un «^partenariat^» et un «^accord^» et un «^contrat^»',
		);
	});

	it('puts one space before a run of marks, not between them', () => {
		expect(typeset('Vraiment?! Oui !!')).toBe('Vraiment^?! Oui^!!');
	});

	it.each([
		['15 millions', '15~millions'],
		['1,1 milliard', '1,1~milliard'],
		['35 %', '35~%'],
		['35%', '35~%'],
		['15€ et 20 M€ et 3 Md$', '15~€ et 20~M€ et 3~Md$'],
		['5 ans, 12 mois, 3 min, 10 h', '5~ans, 12~mois, 3~min, 10~h'],
		['477 pétaflops, 300 MW, 2 To', '477~pétaflops, 300~MW, 2~To'],
		['14 000 salariés et 1 000 000 d’euros', '14^000 salariés et 1^000^000 d’euros'],
	])('glues a number to its unit or groups its digits: %s', (input, expected) => {
		expect(typeset(input)).toBe(expected);
	});

	it.each([
		['le 1er janvier 2025', 'le 1er~janvier~2025'],
		['le 31 décembre 2024', 'le 31~décembre~2024'],
		['en août 2024', 'en août~2024'],
		['Janvier 2025', 'Janvier~2025'],
	])('keeps a date on one line: %s', (input, expected) => {
		expect(typeset(input)).toBe(expected);
	});
});

describe('typesetFrench leaves alone', () => {
	it.each([
		['a URL', 'https://siecledigital.fr/2024/04/24/le-milliard-de-dollars-depense-par-coca-cola/'],
		['a slug', 'ia-generative'],
		['a year', '2025'],
		['an ISO day and month', '2024-04-23 2025-01'],
		['a number in JavaScript notation', '1.7e308'],
		['a number in French scientific notation', '1,8E308'],
		['times and ratios', 'à 10:30, en 16:9'],
		['a version and model names', 'Rocket 2.0, HPC6, TOP500'],
		['a year before a verb with an elision', 'en 1990 s’est tenu'],
		['a number after a year, which could belong to it', 'en 2025 100 000'],
		['digits not grouped by three', '1 2345 et 12 34'],
		['a day before a word that is not a month', 'du 7 au 10'],
		['a mark inside a word', 'C#, Yahoo!Inc, a:b'],
		['straight double quotes, ellipses and dashes', '"IA"... - oui'],
		['a text with nothing to set', 'Carrefour'],
	])('%s', (_what, text) => {
		expect(typesetFrench(text)).toBe(text);
	});

	it.each([
		["https://example.org/l'ia?q=a:b !", "https://example.org/l'ia?q=a:b^!"],
		["l'auteur : jean.d'arc@example.org", "l’auteur~: jean.d'arc@example.org"],
		["voir www.example.org/l'ia : ici", "voir www.example.org/l'ia~: ici"],
	])('URLs and e-mail addresses in a text: %s', (input, expected) => {
		expect(typeset(input)).toBe(expected);
	});
});

describe('typesetFrench run twice', () => {
	it.each([
		"L'essentiel de l'actu IA — semaine du 6 janvier 2025",
		'Pourquoi ? Parce que ; enfin : « oui » !',
		'le 1er janvier 2025, 14 000 salariés, 35%, 15 millions',
		"https://example.org/l'ia?q=1 : suite",
	])('changes nothing the second time: %s', (text) => {
		const once = typesetFrench(text);
		expect(typesetFrench(once)).toBe(once);
	});
});

describe('splitOrdinals', () => {
	it.each([
		['le 1er janvier', ['le 1', 'er', ' janvier']],
		['1er~janvier~2025', ['1', 'er', '~janvier~2025']],
		['la 1re place', ['la 1', 're', ' place']],
		['le 11 janvier', ['le 11 janvier']],
		['11er, A1er, 1erement', ['11er, A1er, 1erement']],
	])('splits %j into %j', (text, parts) => {
		expect(splitOrdinals(hide(text)).map(show)).toEqual(parts);
	});
});
