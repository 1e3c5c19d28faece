// /api/schema.json: the JSON Schema of the open data files, generated from src/schemas/api.ts.
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../open-data/open-data';
import { paths, toAbsoluteUrl } from '../../urls/urls';
import { createApiJsonSchema } from '../../schemas/api';

export const GET: APIRoute = ({ site }) =>
	jsonResponse(createApiJsonSchema(toAbsoluteUrl(paths.apiSchema(), site!)));
