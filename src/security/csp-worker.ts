// Worker thread of src/security/headers.ts: trims the CSP <meta> of each page the
// middleware hands over (src/security/csp.ts), so that parsing pages runs beside Astro's rendering
// thread, in a heap of its own, rather than in it. Runs as plain Node (type stripping), so every
// import is a relative `.ts` path or a package. https://nodejs.org/api/worker_threads.html
import { parentPort } from 'node:worker_threads';
import { trimPagePolicy } from './csp.ts';

/** A page to trim. */
export interface TrimRequest {
	id: number;
	html: string;
}

/** The trimmed page, or why it could not be trimmed. */
export type TrimResponse = { id: number; html: string } | { id: number; error: string };

parentPort!.on('message', ({ id, html }: TrimRequest) => {
	let response: TrimResponse;
	try {
		response = { id, html: trimPagePolicy(html) };
	} catch (error) {
		response = {
			id,
			error: error instanceof Error ? (error.stack ?? error.message) : String(error),
		};
	}
	parentPort!.postMessage(response);
});
