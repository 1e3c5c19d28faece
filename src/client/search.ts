// Browser module on every page: the header search (vi-search) opens its dialog on click, `/` or
// Ctrl+K / Cmd+K, loads the search code only then, and highlights matched words on arrival.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** True when a key press is meant for a text field, not a page shortcut. */
function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
	);
}

class ViSearch extends HTMLElement {
	connectedCallback() {
		const link = this.querySelector('a');
		const dialog = this.querySelector('dialog');
		const input = dialog?.querySelector('input');
		if (!link || !dialog || !input) return;
		let opener: Element | null = null;
		const open = () => {
			// On the search page itself the shortcuts go to its own field.
			const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
			if (pageInput) return pageInput.focus();
			opener = document.activeElement;
			dialog.showModal();
			input.disabled = false;
			input.focus();
			import('./search-dialog.ts').then((module) => module.attachDialog(dialog, input));
		};
		link.addEventListener('click', (event) => {
			if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			open();
		});
		document.addEventListener('keydown', (event) => {
			const k = event.key === 'k' && (event.ctrlKey || event.metaKey);
			if (!k && (event.key !== '/' || isTyping(event.target) || dialog.open)) return;
			event.preventDefault();
			if (!dialog.open) open();
		});
		// A click on the backdrop (the dialog box itself, outside its content) closes it.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
		dialog.addEventListener('close', () => opener instanceof HTMLElement && opener.focus());
		link.setAttribute('aria-haspopup', 'dialog');
	}
}

customElements.define('vi-search', ViSearch);

if (new URLSearchParams(location.search).has('highlight')) {
	import(/* @vite-ignore */ `${BASE}pagefind/pagefind-highlight.js`).then(
		({ default: PagefindHighlight }) =>
			// addStyles: false, as an injected <style> would break the Content Security Policy.
			new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }),
	);
}
