// A static file server over a built site, on a free local port, for browser tests and the bench.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { contentTypeOf } from '../../src/urls/content-type.ts';
import { join, normalize } from 'node:path';

export interface StaticServer {
	/** Origin plus base, e.g. `http://127.0.0.1:41234/` or `http://127.0.0.1:41234/veille-ia/`. */
	url: string;
	origin: string;
	close(): Promise<void>;
}

/** Serves `root` under `base` on 127.0.0.1 and a free port, with the site's 404 page for misses. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
		let file = inBase === null ? null : join(root, normalize(inBase));
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404, { 'content-type': contentTypeOf('404.html') });
			const notFound = join(root, '404.html');
			if (existsSync(notFound)) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		response.writeHead(200, { 'content-type': contentTypeOf(file) });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	const origin = `http://127.0.0.1:${address.port}`;
	return {
		origin,
		url: `${origin}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
