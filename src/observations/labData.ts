/** The committed measurements, loaded once per build for the pages that show them. */
import { getCollection } from 'astro:content';
import { indexObservations, type LabData } from './labIndex.ts';

export { cellOf, type Cell, type JudgedOutcome, type LabData } from './labIndex.ts';

let cached: Promise<LabData> | undefined;

/** The measurements (cached per build). */
export function getLabData(): Promise<LabData> {
  cached ??= getCollection('observations').then((entries) => indexObservations(entries.map((e) => e.data)));
  return cached;
}
