// Vitest: three projects. unit (plain functions), build (a real build, then assertions over its
// output), browser (Chromium against the built site). https://vitest.dev/guide/projects
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					globalSetup: ['tests/helpers/global-setup.ts'],
					testTimeout: 180_000,
					hookTimeout: 300_000,
					// Fixture builds run one at a time: Astro writes its generated files (types, module
					// lists) to .astro/ at the project root whatever cacheDir says, so two builds at once
					// can overwrite each other's.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/helpers/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
					// Tests marked concurrent (sitemap pages, CSP, reading, search) run three at a time:
					// enough to keep two cores busy while a page waits on the network or the test process.
					maxConcurrency: 3,
				},
			},
		],
	},
});
