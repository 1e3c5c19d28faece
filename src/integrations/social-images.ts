// Astro integration: tells the social-image endpoints (src/pages/og/) where their on-disk cache
// lives (`<cacheDir>/social-images/`, so each build's cacheDir keeps its own), and logs how many
// images were drawn and how many came from the cache. https://docs.astro.build/en/reference/integrations-reference/
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSocialImageStats } from '../lib/og-image.ts';

/** The social-image cache integration. */
export default function socialImages(): AstroIntegration {
	let started = 0;
	return {
		name: 'veille:social-images',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const cacheDir = fileURLToPath(new URL('social-images/', config.cacheDir));
				updateConfig({
					vite: {
						define: { 'import.meta.env.VEILLE_SOCIAL_IMAGE_CACHE': JSON.stringify(cacheDir) },
					},
				});
			},
			'astro:build:start': () => {
				started = performance.now();
				Object.assign(getSocialImageStats(), { drawn: 0, cached: 0 });
			},
			'astro:build:done': ({ logger }) => {
				const { drawn, cached } = getSocialImageStats();
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				logger.info(
					`${drawn} social image(s) drawn, ${cached} from the cache (build ${seconds} s)`,
				);
			},
		},
	};
}
