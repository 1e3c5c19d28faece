import Chiffre from './Chiffre.astro';
import Citation from './Citation.astro';
import Encadre from './Encadre.astro';
import Figure from './Figure.astro';
import NoteDeVerification from './NoteDeVerification.astro';

/**
 * Components contributors may use in MDX without importing them; the article page passes them to
 * `<Content components={MDX_COMPONENTS} />`. Their props are checked by `npm run check:content`
 * (`COMPONENT_SPECS` in src/content-check/components.ts); keep both in step.
 */
export const MDX_COMPONENTS = { Encadre, Chiffre, Citation, NoteDeVerification, Figure };
