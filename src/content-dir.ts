/** The content folder: `content/` unless VEILLE_CONTENT_DIR points elsewhere (tests, benchmark). */
export const CONTENT_DIR = process.env.VEILLE_CONTENT_DIR ?? 'content';
