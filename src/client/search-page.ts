// Browser module of /recherche/ (vi-search-page): reads query, filters and order from the URL,
// shows results and facet counts, and keeps the URL in step so a search can be bookmarked.
import { SEARCH_FILTERS } from '../search/records.ts';
import {
	getEffectiveSort,
	hasFilters,
	parseSearchParams,
	toPagefindOptions,
	toSearchParams,
	type SearchState,
} from '../search/url-state.ts';
import {
	loadPagefind,
	loadResults,
	renderResultBody,
	searchArchive,
	statusText,
	type FilterCounts,
	type PagefindResponse,
	type StatusStrings,
} from './search-engine.ts';

/**
 * Results per batch: each one downloads a fragment of about 2 KB. Five, as Pagefind's own UI shows
 * first, keep a first search light; « Afficher plus de résultats » loads the next five.
 */
const PAGE_SIZE = 5;

class ViSearchPage extends HTMLElement {
	#form = this.querySelector('form')!;
	#input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
	#sort = this.querySelector<HTMLSelectElement>('select[name="tri"]')!;
	#status = this.querySelector<HTMLElement>('[role="status"]')!;
	#list = this.querySelector<HTMLOListElement>('ol')!;
	#more = this.querySelector<HTMLButtonElement>('[data-more]')!;
	#clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
	#facets = this.querySelector<HTMLDetailsElement>('[data-facets]')!;
	/** `search.status.*` strings, from the page (src/components/search/SearchPage.astro). */
	#strings = JSON.parse(this.dataset.strings ?? '{}') as StatusStrings;
	/** Whether the URL or the reader chose the order; otherwise it follows the query. */
	#sortChosen = false;
	#response: PagefindResponse | undefined;
	#shown = 0;
	/** Whether « Afficher plus de résultats » is loading a batch (a second click waits for it). */
	#loadingMore = false;
	/** The search shown (the form may not hold its filters yet: facets render after a search). */
	#state: SearchState | undefined;
	#run = 0;
	/** Whether the last search counted results per filter value (the facets were open). */
	#counted = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			// Enter searches now: the search the typing scheduled would only repeat it.
			clearTimeout(this.#timer);
			this.#update('push');
		});
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#update('replace'), 200);
		});
		this.#form.addEventListener('change', (event) => {
			if (event.target === this.#input) return;
			if (event.target === this.#sort) this.#sortChosen = true;
			this.#update('push');
		});
		this.#clear.addEventListener('click', () => {
			for (const box of this.#form.querySelectorAll<HTMLInputElement>('[data-facet] input')) {
				box.checked = false;
			}
			this.#update('push');
		});
		this.#more.addEventListener('click', async () => {
			if (this.#loadingMore) return;
			this.#loadingMore = true;
			try {
				const first = await this.#showMore();
				// The button may now be hidden: the keyboard goes on from the first new result.
				first?.querySelector('a')?.focus();
			} finally {
				this.#loadingMore = false;
			}
		});
		// Opening the facets needs the counts per value, which the last search may not have.
		this.#facets.addEventListener('toggle', () => {
			if (this.#facets.open && !this.#counted && this.#state) void this.#search(this.#state);
		});
		window.addEventListener('popstate', () => this.#load());
		this.querySelector('fieldset[disabled]')?.removeAttribute('disabled');
		this.#load();
	}

	/** Shows the search the URL asks for. */
	#load() {
		const state = parseSearchParams(new URLSearchParams(location.search));
		this.#sortChosen = state.sort !== undefined;
		this.#input.value = state.query;
		this.#sort.value = getEffectiveSort(state);
		if (hasFilters(state)) this.#facets.open = true;
		void this.#search(state);
	}

	/** The search the form describes now. */
	#readForm(): SearchState {
		const state = parseSearchParams(new URLSearchParams(new FormData(this.#form) as never));
		if (!this.#sortChosen) delete state.sort;
		return state;
	}

	/** Reads the form, writes the URL and searches. */
	#update(history: 'push' | 'replace') {
		const state = this.#readForm();
		const search = toSearchParams(state).toString();
		const url = `${location.pathname}${search ? `?${search}` : ''}`;
		if (url !== `${location.pathname}${location.search}`) {
			window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		}
		this.#sort.value = getEffectiveSort(state);
		void this.#search(state);
	}

	async #search(state: SearchState) {
		const run = ++this.#run;
		this.#state = state;
		this.#counted = this.#facets.open;
		this.#status.textContent = this.#strings['search.status.loading'];
		try {
			const pagefind = await loadPagefind();
			// Pagefind counts results per filter value only once the filter lists are loaded, which
			// happens when the facets are opened (or the URL selects a filter).
			const counts = this.#facets.open ? await pagefind.filters() : {};
			if (!state.query && !hasFilters(state)) {
				if (run !== this.#run) return;
				this.#response = undefined;
				this.#renderFacets(counts, state);
				this.#list.replaceChildren();
				this.#more.hidden = true;
				this.#status.textContent = this.#strings['search.status.prompt'];
				return;
			}
			const options = toPagefindOptions(state);
			const response = state.query
				? await searchArchive(pagefind, state.query, options)
				: await pagefind.search(null, options);
			if (!response || run !== this.#run) return;
			this.#response = response;
			this.#shown = 0;
			this.#list.replaceChildren();
			this.#renderFacets(response.filters, state);
			await this.#showMore();
			// A newer search may have begun while the results loaded: its status line wins.
			if (run !== this.#run) return;
			this.#status.textContent = statusText(response.results.length, state.query, this.#strings);
		} catch (error) {
			console.warn('search failed', error);
			if (run === this.#run) this.#status.textContent = this.#strings['search.status.error'];
		}
	}

	/** Shows the next batch of results; resolves with its first item, if any. */
	async #showMore(): Promise<HTMLLIElement | undefined> {
		const response = this.#response;
		if (!response) return;
		const results = await loadResults(response, this.#shown, this.#shown + PAGE_SIZE);
		if (response !== this.#response) return;
		this.#shown += results.length;
		const items = results.map((result) => {
			const item = document.createElement('li');
			const article = document.createElement('article');
			const heading = document.createElement('h2');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.title;
			heading.append(link);
			article.append(heading, renderResultBody(result));
			item.append(article);
			return item;
		});
		this.#list.append(...items);
		this.#more.hidden = this.#shown >= response.results.length;
		return items[0];
	}

	/** One checkbox per value with its count; values with no result stay only when selected. */
	#renderFacets(counts: FilterCounts, state: SearchState) {
		for (const name of SEARCH_FILTERS) {
			const fieldset = this.querySelector<HTMLFieldSetElement>(`[data-facet="${name}"]`);
			const list = fieldset?.querySelector('ul');
			if (!fieldset || !list) continue;
			const selected = new Set(state.filters[name]);
			const values = Object.entries(counts[name] ?? {})
				.filter(([value, count]) => count > 0 || selected.has(value))
				.map(([value, count]) => ({ value, count }));
			for (const value of selected) {
				if (!values.some((entry) => entry.value === value)) values.push({ value, count: 0 });
			}
			values.sort((a, b) =>
				name === 'annee' ? b.value.localeCompare(a.value) : a.value.localeCompare(b.value, 'fr'),
			);
			list.replaceChildren(
				...values.map(({ value, count }) => {
					const item = document.createElement('li');
					const label = document.createElement('label');
					const box = document.createElement('input');
					box.type = 'checkbox';
					box.name = name;
					box.value = value;
					box.checked = selected.has(value);
					const text = document.createElement('span');
					text.textContent = value;
					const number = document.createElement('span');
					number.className = 'count';
					number.textContent = `(${count})`;
					label.append(box, text, number);
					item.append(label);
					return item;
				}),
			);
			fieldset.hidden = values.length === 0;
		}
		this.#clear.hidden = !hasFilters(state);
	}
}

customElements.define('vi-search-page', ViSearchPage);
