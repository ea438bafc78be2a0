import { build } from 'esbuild';
import path from 'node:path';

/** The probe as one self-contained script for drivers to evaluate in a page. */
export async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve('src/lab/probe.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
