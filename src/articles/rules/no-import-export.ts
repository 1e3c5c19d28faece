import type { Rule } from './rule.ts';

/** `import` and `export` lines are JavaScript modules: refused, nothing an article holds ever runs. */
export const noImportExport: Rule = {
	id: 'mdx/no-import-export',
	description: 'import and export statements',
	create: (context) => ({
		mdxjsEsm: (node) =>
			context.report(
				node,
				'import and export statements are not allowed; remove the line (Encadre, Chiffre, Citation, NoteDeVerification and Figure need no import)',
			),
	}),
};
