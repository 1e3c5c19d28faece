// Browser-side: the tag filter of /chronologie/ (`<vi-timeline-filter>`). Without this script
// every article shows and the select stays disabled.

class TimelineFilter extends HTMLElement {
	connectedCallback() {
		const select = this.querySelector<HTMLSelectElement>('select');
		if (!select) return;
		select.addEventListener('change', () => this.#apply(select.value));
		select.disabled = false;
		// The back/forward cache or form restoration may bring back a chosen tag.
		if (select.value) this.#apply(select.value);
	}

	#apply(tag: string) {
		let shown = 0;
		for (const month of this.querySelectorAll<HTMLElement>('[data-month]')) {
			let inMonth = 0;
			for (const item of month.querySelectorAll<HTMLElement>('li[data-tags]')) {
				const visible = tag === '' || (item.dataset.tags ?? '').split(' ').includes(tag);
				item.hidden = !visible;
				if (visible) inMonth += 1;
			}
			month.hidden = inMonth === 0;
			shown += inMonth;
		}
		const status = this.querySelector('[data-count]');
		const template = (shown > 1 ? this.dataset.countOther : this.dataset.countOne) ?? '';
		if (status) {
			status.textContent = template
				.replace('{shown}', String(shown))
				.replace('{total}', this.dataset.total ?? '');
		}
	}
}

if (!customElements.get('vi-timeline-filter'))
	customElements.define('vi-timeline-filter', TimelineFilter);
