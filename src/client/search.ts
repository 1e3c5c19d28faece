// Browser module on every page: the header search (vi-search) opens its dialog on click, `/` or
// Ctrl+K / Cmd+K, and loads the dialog (markup, styles and search code) only then.
//
// The dialog and the highlighter are separate bundles, loaded by a <script type="module"> this
// module adds. Vite builds a `?worker&url` import as a self-contained, minified ES bundle and gives
// its URL (https://vite.dev/guide/features#import-with-query-suffixes); the bundles work by side
// effect and are never run as workers. An `import()` here instead would make Vite add its preload
// helper (0.9 KB gzip) to every page.
import type { ViSearchDialog } from './search-dialog.ts';
import DIALOG_URL from './search-dialog.ts?worker&url';
import HIGHLIGHT_URL from './search-highlight.ts?worker&url';

/** True when a key press is meant for a text field, not a page shortcut. */
function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

/** Runs the module at `src` once; resolves when it has run. */
function loadModule(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.type = 'module';
		script.src = src;
		script.onload = () => resolve();
		script.onerror = reject;
		document.head.append(script);
	});
}

class ViSearch extends HTMLElement {
	connectedCallback() {
		const link = this.querySelector('a');
		if (!link) return;
		let loaded: Promise<void> | undefined;
		// Keys typed while the dialog loads, handed to its field; undefined when nothing is loading.
		let typed: string | undefined;
		// Whether Enter followed them: the dialog then opens the first result, as it would have.
		let submit = false;
		const open = () => {
			// On the search page itself the shortcuts go to its own field.
			const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
			if (pageInput) return pageInput.focus();
			if (typed !== undefined) return;
			typed = '';
			submit = false;
			let dialog = this.querySelector<ViSearchDialog>('vi-search-dialog');
			if (!dialog) this.append((dialog = document.createElement('vi-search-dialog')));
			loaded ??= loadModule(DIALOG_URL);
			loaded.then(
				() => {
					// Escape while loading cancels the opening.
					if (typed === undefined) return;
					dialog.show(typed, submit);
					typed = undefined;
				},
				// Offline or blocked: the search page works without the dialog (unless Escape cancelled).
				() => typed !== undefined && location.assign(link.href),
			);
		};
		link.addEventListener('click', (event) => {
			if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			open();
		});
		document.addEventListener('keydown', (event) => {
			if (typed !== undefined) {
				if (event.key === 'Escape') typed = undefined;
				else if (event.key === 'Enter' && typed) {
					submit = true;
					event.preventDefault();
				} else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
					typed += event.key;
					event.preventDefault();
				}
				return;
			}
			const k = event.key === 'k' && (event.ctrlKey || event.metaKey);
			if (!k && (event.key !== '/' || isTyping(event.target))) return;
			event.preventDefault();
			open();
		});
		link.setAttribute('aria-haspopup', 'dialog');
	}
}

customElements.define('vi-search', ViSearch);

// An article opened from a search result has the words to mark in its query string; the
// highlighter checks for them. (Importing the parameter's name from src/search/ would give this
// module a shared chunk to load.)
if (location.search) void loadModule(HIGHLIGHT_URL);
