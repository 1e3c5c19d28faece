// Browser bundle loaded by search.ts on the first opening of the header search: the header's
// search dialog (vi-search-dialog) and its styles, results as you type in a WAI-ARIA combobox
// (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), arrows to choose, Enter to open.
import css from '../styles/search-dialog.css?inline';
import { toSearchParams } from '../search/url-state.ts';
import { paths, withBase } from '../urls/urls.ts';
import { pickStrings, t } from '../i18n/t.ts';
import {
	loadPagefind,
	loadResults,
	renderResultBody,
	searchArchive,
	statusText,
} from './search-engine.ts';

/**
 * Results shown in the dialog, each costing one Pagefind fragment (~2 KB) on the first search; the
 * search page has them all.
 */
const MAX_RESULTS = 5;
/** The status lines (`search.status.*`), as `statusText` takes them. */
const STATUS_STRINGS = pickStrings('search.status.');

/** An element with its attributes and children. */
function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

/** The dialog's markup, and the elements the search fills. */
function createDialog(pageUrl: string) {
	const input = h('input', {
		type: 'text',
		role: 'combobox',
		'aria-autocomplete': 'list',
		'aria-expanded': 'false',
		'aria-controls': 'vi-search-listbox',
		'aria-describedby': 'vi-search-help',
		autocomplete: 'off',
		spellcheck: 'false',
		enterkeyhint: 'search',
		placeholder: t('search.input.placeholder'),
	});
	const status = h('p', { role: 'status', class: 'status' });
	const listbox = h('ul', {
		id: 'vi-search-listbox',
		role: 'listbox',
		'aria-label': t('search.results.label'),
		hidden: '',
	});
	const all = h('a', { href: pageUrl }, t('search.dialog.all'));
	const dialog = h(
		'dialog',
		{ class: 'search-dialog', 'aria-labelledby': 'vi-search-title' },
		h(
			'div',
			{ class: 'bar' },
			h('h2', { id: 'vi-search-title', class: 'title' }, t('search.dialog.title')),
			h(
				'form',
				{ method: 'dialog' },
				h('button', { type: 'submit', class: 'close' }, t('search.dialog.close')),
			),
		),
		h(
			'label',
			{ class: 'field' },
			h('span', { class: 'visually-hidden' }, t('search.input.label')),
			input,
		),
		h('p', { id: 'vi-search-help', class: 'help' }, t('search.dialog.help')),
		status,
		listbox,
		h('p', { class: 'all' }, all),
	);
	return { dialog, input, status, listbox, all };
}

/** What the dialog's `show` does: open with typed keys, and open the first result if asked. */
type ShowDialog = (typed: string, submit?: boolean) => void;

/**
 * Builds the dialog in `host` and wires it: search on input, keyboard selection, link to the full
 * search page. Returns the function that opens it with typed keys.
 *
 * No option is selected until the reader moves with the arrows (APG combobox, "list autocomplete
 * with manual selection"): Enter then opens the first result, or the selected one. Only the list
 * scrolls, so the field stays in view whichever option is selected.
 */
function attachDialog(host: HTMLElement): ShowDialog {
	const pageUrl = withBase(paths.search());
	const { dialog, input, status, listbox, all } = createDialog(pageUrl);
	host.append(dialog);
	/** Index of the selected option, or -1 when none is. */
	let active = -1;
	let opener: Element | null = null;
	/** The search of the field's current text; Enter waits for it when nothing is selected. */
	let latest: Promise<void> = Promise.resolve();

	const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
	const select = (index: number) => {
		const items = options();
		active = index >= 0 && index < items.length ? index : -1;
		items.forEach((item, i) => {
			if (i === active) item.setAttribute('aria-selected', 'true');
			else item.removeAttribute('aria-selected');
		});
		const current = items[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	/** Moves the selection by `step`, from none to the first (down) or the last (up), wrapping. */
	const move = (step: 1 | -1) => {
		const count = options().length;
		if (count === 0) return;
		if (active === -1) select(step === 1 ? 0 : count - 1);
		else select((active + step + count) % count);
	};
	const showResults = (items: HTMLElement[]) => {
		listbox.replaceChildren(...items);
		listbox.hidden = items.length === 0;
		input.setAttribute('aria-expanded', String(items.length > 0));
		select(-1);
	};

	const search = async () => {
		const query = input.value.trim();
		all.href = query ? `${pageUrl}?${toSearchParams({ query, filters: emptyFilters() })}` : pageUrl;
		if (!query) {
			showResults([]);
			status.textContent = t('search.status.prompt');
			return;
		}
		try {
			const pagefind = await loadPagefind();
			const response = await searchArchive(pagefind, query, {}, 150);
			if (!response || query !== input.value.trim()) return;
			const results = await loadResults(response, 0, MAX_RESULTS);
			if (query !== input.value.trim()) return;
			showResults(
				results.map((result, index) => {
					const option = h(
						'li',
						{ id: `vi-search-option-${index}`, role: 'option' },
						h('span', { class: 'result-title' }, result.title),
						renderResultBody(result),
					);
					option.dataset.url = result.url;
					return option;
				}),
			);
			status.textContent = statusText(response.results.length, query, STATUS_STRINGS);
		} catch (error) {
			console.warn('search failed', error);
			status.textContent = t('search.status.error');
		}
	};
	const run = () => {
		latest = search();
		return latest;
	};

	const follow = (option: HTMLElement | undefined) => {
		if (option?.dataset.url) location.assign(option.dataset.url);
	};
	/** Enter: the selected result; with none, the first result of the text typed, once it is in. */
	const submit = async () => {
		if (active >= 0) return follow(options()[active]);
		const query = input.value.trim();
		if (!query) return;
		// A search started meanwhile (the one the dialog runs once Pagefind has loaded) replaces it.
		for (let settled = latest; ; settled = latest) {
			await settled;
			if (settled === latest) break;
		}
		if (query !== input.value.trim() || active >= 0) return;
		const first = options()[0];
		if (first) follow(first);
		else location.assign(all.href);
	};

	input.addEventListener('input', run);
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			move(event.key === 'ArrowDown' ? 1 : -1);
		} else if (event.key === 'Enter') {
			event.preventDefault();
			void submit();
		}
	});
	listbox.addEventListener('click', (event) => {
		const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
		follow(option ?? undefined);
	});
	// A click on the backdrop (the dialog box itself, outside its content) closes it.
	dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
	dialog.addEventListener('close', () => opener instanceof HTMLElement && opener.focus());

	status.textContent = t('search.status.loading');
	latest = loadPagefind().then(run, () => {
		status.textContent = t('search.status.error');
	});

	return (typed, submitTyped = false) => {
		if (!dialog.open) {
			opener = document.activeElement;
			dialog.showModal();
		}
		input.focus();
		if (typed) {
			input.value += typed;
			void run();
		}
		if (submitTyped) void submit();
	};
}

function emptyFilters() {
	return { tag: [], entreprise: [], annee: [], edition: [] };
}

// A constructed style sheet, as the Content Security Policy refuses an injected <style>.
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** The header's search dialog, added by search.ts to its `vi-search` element. */
export class ViSearchDialog extends HTMLElement {
	#open: ShowDialog | undefined;

	connectedCallback() {
		this.#open ??= attachDialog(this);
	}

	/**
	 * Opens the dialog (or focuses its field), adding `typed` to the field and searching it; with
	 * `submit` (Enter pressed while the dialog loaded), then opens the first result.
	 */
	show(typed: string, submit = false) {
		this.#open?.(typed, submit);
	}
}

customElements.define('vi-search-dialog', ViSearchDialog);

declare global {
	interface HTMLElementTagNameMap {
		'vi-search-dialog': ViSearchDialog;
	}
}
