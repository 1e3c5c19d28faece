// Global setup of the build and browser projects: one real build of the real content, and one
// under a sub-path (tests/build/subpath.test.ts). One after the other: two `astro build` of the same
// project at once can break each other's prerender chunks.
import { buildOncePerRun } from './build.ts';
import { SUBPATH_BASE } from './site.ts';

export default async function setup() {
	await buildOncePerRun({ name: 'site' });
	await buildOncePerRun({ name: 'site-subpath', base: SUBPATH_BASE });
}
