// The key figures of the real archive (content/articles/, February 2025), so that tests pin what
// /chiffres/ shows today: a change of chart or format code that moves a pixel or a space shows up.
import { t } from '../../../src/i18n/t.ts';
import {
	collectFigures,
	type ArticleWithFigures,
	type FigureRow,
	type KindLabel,
} from '../../../src/figures/figures.ts';

const COMPANY_NAMES: Record<string, string> = {
	'coca-cola': 'Coca-Cola',
	microsoft: 'Microsoft',
	eni: 'Eni',
	openai: 'OpenAI',
	datacore: 'DataCore Software',
	kalray: 'Kalray',
	'kobold-metals': 'KoBold Metals',
	samsung: 'Samsung',
	'rainbow-robotics': 'Rainbow Robotics',
};

const refs = (...ids: string[]) => ids.map((id) => ({ id }));

/** The articles that carry figures, newest first, with their figures as in their frontmatter. */
export const SITE_ARTICLES: ArticleWithFigures[] = [
	{
		id: 'kalray-offre-data-acceleration-platform',
		data: {
			title:
				'Puces DPU : une offre non engageante vise l’activité Data Acceleration Platform de Kalray',
			figures: [
				{
					amount: 20_000_000,
					currency: 'USD',
					kind: 'acquisition',
					label: 'Rachat de l’activité Data Acceleration Platform de Kalray par DataCore Software',
					companies: refs('datacore', 'kalray'),
					date: '2025-02',
					approx: 'jusqu-a',
				},
			],
		},
	},
	{
		id: 'microsoft-80-milliards-centres-de-donnees',
		data: {
			title:
				'IA et cloud : Microsoft engage environ 80 milliards de dollars et interpelle l’équipe Trump',
			figures: [
				{
					amount: 80_000_000_000,
					currency: 'USD',
					kind: 'investissement',
					label:
						'Dépenses prévues par Microsoft dans les centres de données d’IA sur l’exercice 2025',
					companies: refs('microsoft'),
					date: '2025-01-03',
					approx: 'environ',
				},
			],
		},
	},
	{
		id: 'kobold-metals-leve-537-millions',
		data: {
			title:
				'KoBold Metals, qui cherche cuivre, nickel et cobalt par l’IA, lève 537 millions de dollars',
			figures: [
				{
					amount: 537_000_000,
					currency: 'USD',
					kind: 'levee-de-fonds',
					label: 'Levée de fonds de KoBold Metals',
					companies: refs('kobold-metals'),
					date: '2025-01-01',
				},
				{
					amount: 2_960_000_000,
					currency: 'USD',
					kind: 'valorisation',
					label: 'Valorisation de KoBold Metals après la levée',
					companies: refs('kobold-metals'),
					date: '2025-01-01',
				},
			],
		},
	},
	{
		id: 'samsung-rainbow-robotics',
		data: {
			title: 'Samsung Electronics prend 35 % de Rainbow Robotics et crée une unité robotique',
			figures: [
				{
					amount: 170_000_000,
					currency: 'EUR',
					kind: 'acquisition',
					label: 'Prise de participation de Samsung Electronics dans Rainbow Robotics',
					companies: refs('samsung', 'rainbow-robotics'),
					date: '2024-12-31',
					approx: 'plus-de',
				},
			],
		},
	},
	{
		id: 'italie-amende-openai-chatgpt',
		data: {
			title:
				'Données personnelles : 15 millions d’euros d’amende et six mois de campagne pour OpenAI',
			figures: [
				{
					amount: 15_000_000,
					currency: 'EUR',
					kind: 'amende',
					label: 'Amende infligée à OpenAI par le Garante italien',
					companies: refs('openai'),
					date: '2024-12-20',
				},
			],
		},
	},
	{
		id: 'eni-hpc6-supercalculateur',
		data: {
			title: 'HPC6, le supercalculateur d’Eni, se classe premier en Europe et cinquième au monde',
			figures: [
				{
					amount: 477,
					unit: 'pétaflops',
					kind: 'capacite',
					label: 'Puissance de calcul soutenue du supercalculateur HPC6 d’Eni',
					companies: refs('eni'),
					date: '2024-11-18',
				},
			],
		},
	},
	{
		id: 'coca-cola-microsoft-1-1-milliard',
		data: {
			title:
				'Cinq ans, 1,1 milliard de dollars : Coca-Cola arrime sa stratégie technologique à Microsoft',
			figures: [
				{
					amount: 1_100_000_000,
					currency: 'USD',
					kind: 'investissement',
					label: 'Engagement de Coca-Cola envers Microsoft sur cinq ans',
					companies: refs('coca-cola', 'microsoft'),
					date: '2024-04-23',
				},
			],
		},
	},
];

/** The figures table of the real archive, newest first, as `getArchive` builds it. */
export const SITE_FIGURES: FigureRow[] = collectFigures(
	SITE_ARTICLES,
	(id) => COMPANY_NAMES[id] ?? id,
);

/** The French kind labels of the site. */
export const siteKindLabel: KindLabel = (kind) => t(`figures.kind.${kind}`);
