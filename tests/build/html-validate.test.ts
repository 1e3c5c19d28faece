import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { listFiles } from '../helpers/html.ts';
import { SITE_DIR } from '../helpers/site.ts';

// The project's .htmlvalidate.mjs (recommended preset), found from the repository root.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const CONFIG_FILE = join(ROOT, 'index.html');

/** One error, reduced to what lets a reader find it in the page and the template. */
const describeMessage = (message: Message) =>
	`${message.ruleId} at ${message.selector ?? `${message.line}:${message.column}`}: ${message.message}`;

describe('html-validate', () => {
	it('finds no error in any built page', async () => {
		// The preset really applies: a few of its rules are on as errors (severity 2).
		const rules = (await validator.getConfigFor(CONFIG_FILE)).getRules();
		for (const rule of ['no-dup-id', 'element-required-attributes', 'unique-landmark']) {
			expect(rules.get(rule)?.[0], rule).toBe(2);
		}
		const errors: Record<string, string[]> = {};
		for (const file of listFiles(SITE_DIR)) {
			const report = await validator.validateFile(join(SITE_DIR, file));
			const messages = report.results.flatMap((result) => result.messages);
			if (messages.length > 0) errors[file] = messages.map(describeMessage);
		}
		expect(errors).toEqual({});
	});
});
