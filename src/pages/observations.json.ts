import type { APIRoute } from 'astro';
import { getLabData } from '../observations/labData.ts';
import { buildObservationsJson } from '../observations/observationsJson.ts';

/** `/observations.json`: every measurement; its shape is the `ObservationsJson` type. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildObservationsJson(await getLabData()), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
