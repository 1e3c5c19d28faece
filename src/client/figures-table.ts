// Browser-side: sorting and filtering for the figures tables (`<vi-figures-table>`: all of them
// on /chiffres/, the week's on the home page). The server renders a table complete, newest first;
// each row carries its position in every sort order (`data-ascending-<column>`,
// `data-descending-<column>`), so no comparator lives here.

type Direction = 'ascending' | 'descending';

class FiguresTable extends HTMLElement {
	#rows: HTMLTableRowElement[] = [];
	#body?: HTMLTableSectionElement;
	#status?: HTMLElement;
	#filters: HTMLSelectElement[] = [];

	connectedCallback() {
		for (const table of this.querySelectorAll('table')) restateTableRoles(table);
		const body = this.querySelector('tbody');
		if (!body) return;
		this.#body = body;
		this.#rows = [...body.rows];
		this.#status = this.querySelector<HTMLElement>('[data-count]') ?? undefined;
		this.#filters = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
		for (const select of this.#filters) {
			select.addEventListener('change', () => this.#filter());
			select.disabled = false;
		}
		for (const header of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
			const button = header.querySelector('button');
			if (!button) continue;
			button.addEventListener('click', () => this.#sort(header));
			button.disabled = false;
		}
		this.#filter(false);
	}

	#sort(header: HTMLTableCellElement) {
		const key = header.dataset.sort;
		if (!key || !this.#body) return;
		const current = header.getAttribute('aria-sort');
		const direction: Direction = current === 'ascending' ? 'descending' : 'ascending';
		for (const other of this.querySelectorAll('th[data-sort]')) other.removeAttribute('aria-sort');
		header.setAttribute('aria-sort', direction);
		const rank = (row: HTMLTableRowElement) => Number(row.getAttribute(`data-${direction}-${key}`));
		const sorted = [...this.#rows].sort((a, b) => rank(a) - rank(b));
		this.#body.append(...sorted);
	}

	#filter(announce = true) {
		const wanted = Object.fromEntries(
			this.#filters.map((select) => [select.dataset.filter ?? '', select.value]),
		);
		let shown = 0;
		for (const row of this.#rows) {
			const visible = Object.entries(wanted).every(
				([field, value]) => value === '' || row.dataset[field] === value,
			);
			row.hidden = !visible;
			if (visible) shown += 1;
		}
		if (!announce || !this.#status) return;
		const template = (shown > 1 ? this.dataset.countOther : this.dataset.countOne) ?? '';
		this.#status.textContent = template
			.replace('{shown}', String(shown))
			.replace('{total}', this.dataset.total ?? '');
	}
}

/**
 * Narrow screens show the table as stacked rows (`display: block`), and some browsers then drop
 * its table semantics: explicit roles keep rows, headers and cells announced as such.
 * https://adrianroselli.com/2018/02/tables-css-display-properties-and-aria.html
 */
function restateTableRoles(table: HTMLTableElement) {
	table.setAttribute('role', 'table');
	for (const group of table.querySelectorAll('thead, tbody'))
		group.setAttribute('role', 'rowgroup');
	for (const row of table.rows) row.setAttribute('role', 'row');
	for (const header of table.querySelectorAll('th')) header.setAttribute('role', 'columnheader');
	for (const cell of table.querySelectorAll('td')) cell.setAttribute('role', 'cell');
}

if (!customElements.get('vi-figures-table'))
	customElements.define('vi-figures-table', FiguresTable);
