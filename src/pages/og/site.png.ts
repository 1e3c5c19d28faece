import type { APIRoute } from 'astro';
import { SITE } from '../../consts';
import { t } from '../../i18n/t';
import { getSocialImage } from '../../social-images/social-image';

/** The site's social image, for every page that is not an article. */
export const GET: APIRoute = async () => {
	const png = await getSocialImage(
		{ siteName: SITE.title, title: t('site.tagline'), footer: t('site.title') },
		import.meta.env.VEILLE_SOCIAL_IMAGE_CACHE,
	);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
