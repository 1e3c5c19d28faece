// Browser module loaded on first open of the search dialog: results as you type in a WAI-ARIA
// combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), arrows to choose, Enter to open.
import { toSearchParams } from '../lib/search-params.ts';
import { t } from '../i18n/t.ts';
import { loadPagefind, loadResults, renderResultBody, statusText } from './search-engine.ts';

/** Results shown in the dialog; the search page has them all. */
const MAX_RESULTS = 8;

const attached = new WeakSet<HTMLDialogElement>();

/** Wires the dialog once: search on input, keyboard selection, link to the full search page. */
export function attachDialog(dialog: HTMLDialogElement, input: HTMLInputElement): void {
	if (attached.has(dialog)) return;
	attached.add(dialog);
	const listbox = dialog.querySelector<HTMLElement>('[role="listbox"]');
	const status = dialog.querySelector<HTMLElement>('[role="status"]');
	const all = dialog.querySelector<HTMLAnchorElement>('a[data-search-all]');
	if (!listbox || !status || !all) return;
	const pageUrl = all.href;
	let active = -1;

	const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
	const setActive = (index: number) => {
		const items = options();
		active = items.length === 0 ? -1 : (index + items.length) % items.length;
		items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
		const current = items[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	};
	const showResults = (items: HTMLElement[]) => {
		listbox.replaceChildren(...items);
		listbox.hidden = items.length === 0;
		input.setAttribute('aria-expanded', String(items.length > 0));
		setActive(-1);
	};

	const run = async () => {
		const query = input.value.trim();
		all.href = query ? `${pageUrl}?${toSearchParams({ query, filters: emptyFilters() })}` : pageUrl;
		if (!query) {
			showResults([]);
			status.textContent = t('search.status.prompt');
			return;
		}
		try {
			const pagefind = await loadPagefind();
			const response = await pagefind.debouncedSearch(query, {}, 150);
			if (!response || query !== input.value.trim()) return;
			const results = await loadResults(response, 0, MAX_RESULTS);
			if (query !== input.value.trim()) return;
			showResults(
				results.map((result, index) => {
					const option = document.createElement('li');
					option.id = `vi-search-option-${index}`;
					option.setAttribute('role', 'option');
					option.dataset.url = result.url;
					const title = document.createElement('span');
					title.className = 'result-title';
					title.textContent = result.title;
					option.append(title, renderResultBody(result));
					return option;
				}),
			);
			status.textContent = statusText(response.results.length, query);
		} catch (error) {
			console.warn('search failed', error);
			status.textContent = t('search.status.error');
		}
	};

	const follow = (option: HTMLElement | undefined) => {
		if (option?.dataset.url) location.assign(option.dataset.url);
	};

	input.addEventListener('input', run);
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
		} else if (event.key === 'Enter') {
			event.preventDefault();
			const items = options();
			if (active >= 0) follow(items[active]);
			else if (input.value.trim()) location.assign(all.href);
		}
	});
	listbox.addEventListener('click', (event) => {
		const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
		follow(option ?? undefined);
	});

	status.textContent = t('search.status.loading');
	loadPagefind().then(run, () => (status.textContent = t('search.status.error')));
}

function emptyFilters() {
	return { tag: [], entreprise: [], annee: [], edition: [] };
}
