/**
 * The production topology for tests (deploy/localDeployment.ts), HTTP(S) requests that trust its throwaway
 * certificate, and Chromium for it.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../../src/lab/clients/systemChromium.ts';
import { nginxPath } from '../../deploy/findNginx.ts';

export {
  startDeployment,
  throwawayCertificate,
  trustCertificate,
  type AccessEntry,
  type Deployment,
} from '../../deploy/localDeployment.ts';

/** Why the deployment tests cannot run here, or `undefined` when they can. */
export const NGINX_MISSING: string | undefined = nginxPath(process.env)
  ? undefined
  : 'nginx is not installed (Debian package nginx; .ci/run installs it)';

/** Why Chromium cannot run here, or `undefined`. */
export const CHROMIUM_MISSING: string | undefined = SYSTEM_CHROMIUM
  ? undefined
  : '/usr/bin/chromium not found (Debian package chromium)';

/** Why the browser tests through nginx cannot run here, or `undefined`. */
export const BROWSER_MISSING: string | undefined = NGINX_MISSING ?? CHROMIUM_MISSING;

/** A response, read whole. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One HTTP(S) request without redirects; HTTPS trusts `ca` (the throwaway certificate). */
export function request(
  url: string,
  {
    ca,
    method = 'GET',
    headers = {},
    localAddress,
  }: { ca?: string; method?: string; headers?: Record<string, string>; localAddress?: string } = {},
): Promise<Answer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(target, { method, headers, localAddress, ...(ca ? { ca: readFileSync(ca) } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Debian's Chromium, trusting any certificate (the topology's is throwaway). */
export async function launchChromium(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: SYSTEM_CHROMIUM!,
    args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
  });
  return { browser, context: await browser.newContext({ ignoreHTTPSErrors: true }) };
}
