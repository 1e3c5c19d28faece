// html-validate over every built page (tests/build/html-validate.test.ts): the recommended preset,
// with each relaxed rule justified below. https://html-validate.org/usage/#configuration
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Heading ids come from Astro's slugger (github-slugger) and are the articles' public anchors:
		// a heading "35 % du capital" gets id="35-du-capital". HTML allows any id without spaces; only
		// the stricter "must start with a letter" default (meant for CSS selectors) is relaxed.
		'valid-id': ['error', { relaxed: true }],
		// <title> is the article's headline plus the site name. Headlines are the publication's and
		// often pass 70 characters; the limit is a search-snippet heuristic, not validity.
		'long-title': 'off',
		// The search dialog's results are a combobox popup (role="listbox" with rich options, the ARIA
		// APG pattern); a native <select> cannot hold them. Other roles still prefer native elements.
		'prefer-native-element': ['error', { exclude: ['listbox'] }],
	},
};
