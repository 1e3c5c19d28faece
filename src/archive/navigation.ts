import { t } from '../i18n/t.ts';
import { paths } from '../urls/urls.ts';

/** A link of the site's navigation: a root-relative path and its French label. */
export interface NavLink {
	href: string;
	label: string;
}

/** The archive's sections, in the order the header and the sidebar show them. */
export function getSections(): NavLink[] {
	return [
		{ href: paths.archives(), label: t('nav.archives') },
		{ href: paths.tags(), label: t('nav.tags') },
		{ href: paths.companies(), label: t('nav.companies') },
		{ href: paths.editions(), label: t('nav.editions') },
		{ href: paths.timeline(), label: t('nav.timeline') },
		{ href: paths.figures(), label: t('nav.figures') },
	];
}
