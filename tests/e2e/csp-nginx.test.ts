/**
 * deploy/nginx.conf, run for real by nginx against the built site: every page comes back
 * with the same Content-Security-Policy and common headers that dist/_headers gives it,
 * a missing page with the 404 page's policy, and the header files themselves are not
 * served. Only what cannot run here is changed: the paths, and plain HTTP on a free
 * loopback port instead of TLS on 443 (and the port-80 redirect block is left out).
 * nginx comes from Debian (`apt-get install nginx-light`; .ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { COMMON_HEADERS } from '../../src/lib/security/csp';
import { headersFor, parseHeadersFile, servedPathOf } from '../../src/lib/security/header-rules';
import { listHtmlFiles } from '../support/built-pages';
import { distDir, repoRoot } from '../support/paths';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const dist = distDir();
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'nginx-'));
let origin = '';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });

/** The example config, made to run here: our dist/, plain HTTP on a loopback port. */
function runnableConfig(port: number): string {
  const site = readFileSync(join(repoRoot, 'deploy/nginx.conf'), 'utf8')
    .replaceAll('/srv/vcfs-open/dist', dist)
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, '')
    .replace(/ {4}listen 443 ssl http2;\n {4}listen \[::\]:443 ssl http2;\n/, `    listen 127.0.0.1:${port};\n`)
    .replace(/ {4}ssl_certificate.*\n/g, '');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(work, name)};`).join(' ');
  // Started as root, nginx's workers drop to an unprivileged user, who cannot read a checkout inside a
  // private folder (mktemp -d makes it 0700): here they keep the test's own user. Otherwise nothing changes.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}pid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  ${temp}\n${site}\n}\n`;
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX}: apt-get install nginx-light (or set NGINX_PATH).`);
  const port = await freePort();
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'nginx.conf'), runnableConfig(port));
  const check = spawnSync(NGINX, ['-t', '-c', join(work, 'nginx.conf'), '-p', work], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`deploy/nginx.conf does not load:\n${check.stderr}`);
  const start = spawnSync(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work], { encoding: 'utf8' });
  if (start.status !== 0) throw new Error(`nginx did not start:\n${start.stderr}`);
  origin = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  if (existsSync(join(work, 'nginx.pid'))) spawnSync(NGINX, ['-s', 'stop', '-c', join(work, 'nginx.conf'), '-p', work]);
  rmSync(work, { recursive: true, force: true });
});

test('every built page gets the policy and common headers _headers gives it', async () => {
  const differ: string[] = [];
  for (const file of listHtmlFiles(dist)) {
    const path = servedPathOf(file);
    const response = await fetch(origin + path, { redirect: 'manual' });
    const expected = headersFor(rules, path);
    if (response.status !== 200) differ.push(`${path}: HTTP ${response.status}`);
    if (response.headers.get('content-security-policy') !== expected.get('content-security-policy')) differ.push(`${path}: a different policy`);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) if (response.headers.get(name) !== value) differ.push(`${path}: ${name} ${response.headers.get(name)}`);
  }
  expect(differ).toEqual([]);
});

test("a missing page gets the 404 page, its status and its policy; Pagefind's worker gets WebAssembly", async () => {
  const missing = await fetch(`${origin}/no-such-page/`);
  expect(missing.status).toBe(404);
  expect(await missing.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
  expect(missing.headers.get('content-security-policy')).toBe(headersFor(rules, '/404.html').get('content-security-policy'));
  const worker = await fetch(`${origin}/pagefind/pagefind-worker.js`);
  expect(worker.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
});

test('the header files are not served', async () => {
  for (const path of ['/_headers', '/_headers.nginx.conf']) expect((await fetch(origin + path)).status, path).toBe(404);
});
