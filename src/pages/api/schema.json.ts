// /api/schema.json: the JSON Schema of the open data files, generated from src/schemas/api.ts.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/open-data';
import { paths, toAbsoluteUrl } from '../../lib/urls';
import { createApiJsonSchema } from '../../schemas/api';

export const GET: APIRoute = ({ site }) =>
	jsonResponse(createApiJsonSchema(toAbsoluteUrl(paths.apiSchema(), site!)));
