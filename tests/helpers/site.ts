// The real site, built once per test run by tests/helpers/global-setup.ts.
import { buildPaths } from './build.ts';

/** Output folder of the real site's test build. */
export const SITE_DIR = buildPaths('site').outDir;
/** Output folder of the test build under a sub-path. */
export const SUBPATH_DIR = buildPaths('site-subpath').outDir;
/** The sub-path used by that build. */
export const SUBPATH_BASE = '/veille-ia/';
