/**
 * The content manager against a real local backend, for the CMS browser tests:
 *
 * - a temporary Git repository holding a copy of content/ and public/ (never the
 *   real ones: the tests save, publish and upload);
 * - decap-server on a free loopback port, in Git mode (the review workflow) or
 *   file mode;
 * - one origin for the browser: the built site (tests/support/static-server, with
 *   the site's real headers and Content-Security-Policy) with /api/v1 passed
 *   through to decap-server, so the CMS's "connect-src 'self'" allows it;
 * - the CMS told where that backend is: admin/config.yml is served to the browser
 *   with `local_backend: { url: <origin>/api/v1 }` instead of `true` (which means
 *   localhost:8081, the port `npm start` uses). Nothing else in it changes.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { decapServerEnv } from '../../scripts/cms-backend.mjs';
import { repoRoot } from '../support/paths';
import { startStaticServer, type StaticServer } from '../support/static-server';

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  remove(): void;
}

/** A Git repository on branch main with a copy of content/ and public/, one commit. */
export function makeTempRepo(): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'cms-test-repo-'));
  cpSync(resolve(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(resolve(repoRoot, 'public'), join(dir, 'public'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms-test@example.org');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Content at the start of the test');
  return { dir, git, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface DecapServer {
  port: number;
  log: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/** decap-server on 127.0.0.1, writing into `repoDir`; resolves once it answers. */
export async function startDecapServer(repoDir: string, mode: 'git' | 'fs'): Promise<DecapServer> {
  const port = await freePort();
  const script = resolve(repoRoot, 'node_modules/decap-server/dist/index.js');
  const child: ChildProcess = spawn(process.execPath, [script], {
    // As `npm start` runs it: bound to the loopback address only.
    env: { ...process.env, ...decapServerEnv({ port, mode, repo: repoDir, extra: { LOG_LEVEL: 'info' } }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`decap-server did not start:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    log,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export interface CmsSite {
  /** e.g. http://127.0.0.1:39123: the built site, with /api/v1 reaching decap-server. */
  origin: string;
  close(): Promise<void>;
}

/** The built site in `distDir` and decap-server on `decapPort`, behind one origin. */
export async function startCmsSite(distDir: string, decapPort: number): Promise<CmsSite> {
  const site: StaticServer = await startStaticServer(distDir);
  const forward = (target: string, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const url = new URL(req.url ?? '/', target);
    const upstream = request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  };
  const server: Server = createServer((req, res) => forward(req.url?.startsWith('/api/v1') ? `http://127.0.0.1:${decapPort}` : site.origin, req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await site.close();
    },
  };
}

/** Serves admin/config.yml to this browser context with the local backend at `origin`/api/v1. */
export async function pointCmsAt(context: BrowserContext, origin: string): Promise<void> {
  const config = readFileSync(resolve(repoRoot, 'admin/config.yml'), 'utf8');
  const local = config.replace(/^local_backend: true$/m, `local_backend:\n  url: ${origin}/api/v1`);
  if (local === config) throw new Error('admin/config.yml has no "local_backend: true" line to point at the test backend');
  await context.route('**/admin/config.yml', (route) => route.fulfill({ status: 200, contentType: 'text/yaml; charset=utf-8', body: local }));
}

/** Opens the CMS and signs in to the local backend (its login button needs no password). */
export async function signIn(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: /Organisations/ }).first().waitFor();
}
