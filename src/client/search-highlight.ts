// Browser bundle loaded by search.ts on a page with a query string: on an article opened from a
// search result (`?highlight=`), Pagefind's highlighter marks the searched words.
import { HIGHLIGHT_PARAM } from '../search/url-state.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
	const { default: PagefindHighlight } = await import(
		/* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`
	);
	// addStyles: false, as an injected <style> would break the Content Security Policy; the marks'
	// colours come in a constructed style sheet instead, which the policy allows.
	new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
	const sheet = new CSSStyleSheet();
	sheet.replaceSync('mark.pagefind-highlight { background: var(--vi-mark); color: inherit; }');
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
