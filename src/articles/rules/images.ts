import { COMPONENTS } from '../components.ts';
import { isSafeUrl, localImagePath } from '../links.ts';
import {
	attributesOf,
	onElement,
	onJsxElement,
	type Positioned,
	type Rule,
	type RuleVisitors,
} from './rule.ts';

/** Calls `check` with every image address of the tree: Markdown images and image props of components. */
function onImage(check: (url: string, owner: string, node: Positioned) => void): RuleVisitors {
	return {
		...onElement(['img'], (node) => {
			const src = node.properties.src;
			if (typeof src === 'string') check(src, 'image', node);
		}),
		...onJsxElement((node) => {
			const spec = node.name === null ? undefined : COMPONENTS.get(node.name);
			if (!spec) return;
			for (const { name, value } of attributesOf(node)) {
				if (value !== null && spec.props.get(name)?.kind === 'image')
					check(value, `<${node.name}> ${name}`, node);
			}
		}),
	};
}

/** The file under public/ an image address names, when it is a safe local path. */
function localPath(url: string): string | undefined {
	// An unsafe scheme is reported by mdx/unsafe-url; a remote image by mdx/image-source.
	return isSafeUrl(url) ? localImagePath(url) : undefined;
}

/** Images come from the site itself: a remote image would be a request to a third party. */
export const imageSource: Rule = {
	id: 'mdx/image-source',
	description: 'images that are not files of the site (remote images, relative paths)',
	create: (context) =>
		onImage((url, owner, node) => {
			if (isSafeUrl(url) && localPath(url) === undefined) {
				context.report(
					node,
					`${owner} "${url}" is not a file of the site; save the image (with permission to reuse it) under public/images/ and write src="/images/<name>.png"`,
				);
			}
		}),
};

/** A local image must exist under public/. */
export const missingImage: Rule = {
	id: 'mdx/missing-image',
	description: 'images whose file does not exist under public/',
	create: (context) =>
		onImage((url, owner, node) => {
			const path = localPath(url);
			if (path !== undefined && !context.imageExists(path)) {
				context.report(
					node,
					`${owner} "${url}" does not exist: add the file as public/${path} or fix the path`,
				);
			}
		}),
};

/** Markdown images need alternative text (Figure's `alt` is a required prop). */
export const imageAlt: Rule = {
	id: 'mdx/image-alt',
	description: 'Markdown images without alternative text',
	create: (context) =>
		onElement(['img'], (node) => {
			const alt = node.properties.alt;
			if (typeof alt !== 'string' || alt.trim() === '') {
				context.report(
					node,
					'image without alt text; describe it: ![what the image shows](/images/…)',
				);
			}
		}),
};
