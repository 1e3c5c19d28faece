import { ALLOWED_SCHEMES, isSafeUrl, urlScheme } from '../links.ts';
import { attributesOf, onElement, onJsxElement, type Rule } from './rule.ts';

/** Attributes whose value a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'srcset',
	'cite',
	'lien',
]);

/** The problem message for a URL with a scheme that is not allowed. */
export function unsafeUrlMessage(url: string): string {
	const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
	return `the URL "${shown}" uses the ${urlScheme(url)}: scheme, which is not allowed; use an http(s) address or a path of the site (allowed schemes: ${ALLOWED_SCHEMES.join(', ')})`;
}

/** Links and images may only use http(s), mailto or a path of the site (no javascript:, data:…). */
export const unsafeUrl: Rule = {
	id: 'mdx/unsafe-url',
	description: 'URLs with a scheme other than http, https or mailto (javascript:, data:, file:…)',
	create: (context) => ({
		...onElement(['a', 'img'], (node) => {
			const url = node.properties[node.tagName === 'a' ? 'href' : 'src'];
			if (typeof url === 'string' && !isSafeUrl(url)) context.report(node, unsafeUrlMessage(url));
		}),
		...onJsxElement((node) => {
			for (const { name, value } of attributesOf(node)) {
				if (value !== null && URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeUrl(value)) {
					context.report(node, unsafeUrlMessage(value));
				}
			}
		}),
	}),
};
