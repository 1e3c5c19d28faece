// Global setup of the build and browser projects: one real build of the real content.
import { buildOncePerRun } from './build.ts';

export default async function setup() {
	await buildOncePerRun({ name: 'site' });
}
