/**
 * `npm start`: everything needed to edit and view the site locally.
 *
 *   1. decap-server, the CMS's local backend, on 127.0.0.1:8081 only (it writes
 *      files without asking who you are, so it must not listen on the network).
 *      In its Git mode, so the review workflow of admin/config.yml can be tried:
 *      a save is a draft commit on a cms/… branch, "Publish" merges it into main
 *      and the files change in content/. Git mode commits everything in the
 *      working tree (decap-server runs `git add .`), so it is used only on a
 *      clean checkout of main; otherwise (or with CMS_MODE=fs) decap-server saves
 *      straight into content/ and the CMS, told so, skips the review steps;
 *   2. a search index: Pagefind indexes built pages, and `astro dev` builds none,
 *      so the site is built into a cache folder and indexed there;
 *   3. `astro dev` on http://localhost:4321/, serving that index at /pagefind/
 *      (src/integrations/pagefind-dev.ts).
 *
 * When anything under content/ changes (an entry saved in the CMS, say), the
 * page reloads through astro dev and the search index is rebuilt a few seconds
 * later. Ctrl-C stops everything; if a server dies, everything stops with a
 * non-zero exit code and says which one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, watch } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { CMS_HOST, decapServerEnv } from './cms-backend.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = resolve(ROOT, process.env.CONTENT_DIR || 'content');
const CACHE = join(ROOT, 'node_modules', '.cache', 'npm-start');
const BUILT_SITE = join(CACHE, 'site');
const INDEX = join(CACHE, 'pagefind');
const NEXT_INDEX = join(CACHE, 'pagefind-next');
const HOST = CMS_HOST;
const SITE_PORT = 4321;
const CMS_PORT = 8081;
const REINDEX_DELAY_MS = 1500;

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: run this with "npm start", which uses the Node 22.12+ installed by "npm install".`);
  process.exit(1);
}

/** The JavaScript file behind a package's command, run with this same Node. */
const command = (name) => realpathSync(join(ROOT, 'node_modules', '.bin', name));

const log = (tag, line) => console.log(`[${tag}] ${line}`);
/** Every program started here, so Ctrl-C stops them all. */
const children = new Set();
/** The long-running ones, by tag. */
const servers = new Map();
let stopping = false;

/** Starts a program, prefixing each line it prints with its tag. */
function run(tag, name, args, env = {}, { quiet = false } = {}) {
  const child = spawn(process.execPath, [command(name), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const output = [];
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      if (!quiet) log(tag, line);
    });
  const done = new Promise((resolveDone) => child.on('exit', (code, signal) => resolveDone({ code, signal, output })));
  return { child, done };
}

/** A server that must keep running: if it stops on its own, stop everything. */
function runServer(tag, name, args, env) {
  const server = run(tag, name, args, env);
  servers.set(tag, server.child);
  server.done.then(({ code, signal }) => {
    servers.delete(tag);
    if (stopping) return;
    console.error(`\n[${tag}] stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); stopping everything. See the lines above for why.`);
    stop(1);
  });
  return server;
}

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const deadline = Date.now() + 5000;
  while (children.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const child of children) child.kill('SIGKILL');
  process.exit(exitCode);
}
process.on('SIGINT', () => {
  console.log('\nStopping…');
  stop(0);
});
process.on('SIGTERM', () => stop(0));

function portFree(port) {
  return new Promise((resolveFree) => {
    const probe = createServer()
      .once('error', () => resolveFree(false))
      .once('listening', () => probe.close(() => resolveFree(true)))
      .listen(port, HOST);
  });
}

function waitForPort(port, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolveReady, reject) => {
    const attempt = () => {
      const socket = connect(port, HOST)
        .once('connect', () => {
          socket.end();
          resolveReady();
        })
        .once('error', () => {
          socket.destroy();
          if (stopping) return;
          if (Date.now() > deadline) reject(new Error(`nothing answered on port ${port} after ${timeoutMs / 1000}s`));
          else setTimeout(attempt, 250);
        });
    };
    attempt();
  });
}

// ------------------------------------------------------------------ search index

let indexing = false;
let indexAgain = false;

/** Builds the site into the cache and indexes it; the old index stays in use until the new one is complete. */
async function buildIndex() {
  if (indexing) {
    indexAgain = true;
    return;
  }
  indexing = true;
  const started = Date.now();
  // OUT_DIR and ASTRO_CACHE_DIR are read by astro.config.mjs, so this build never touches dist/.
  const build = await run('search', 'astro', ['build'], { OUT_DIR: BUILT_SITE, ASTRO_CACHE_DIR: join(CACHE, 'astro') }, { quiet: true }).done;
  if (stopping) return;
  if (build.code !== 0) {
    log('search', 'The search index was not updated: the site did not build. The site and the CMS keep running; fix the problem below and save again.');
    for (const line of build.output.slice(-30)) log('search', line);
  } else {
    rmSync(NEXT_INDEX, { recursive: true, force: true });
    // The same indexing as `npm run build`: pages, one record per service, and the explore page's map keys.
    const pagefind = await run('search', 'tsx', ['scripts/search-index.ts', '--site', BUILT_SITE, '--output-path', NEXT_INDEX], {}, { quiet: true }).done;
    if (stopping) return;
    if (pagefind.code !== 0) {
      log('search', 'Pagefind could not index the site:');
      for (const line of pagefind.output.slice(-30)) log('search', line);
    } else {
      rmSync(INDEX, { recursive: true, force: true });
      renameSync(NEXT_INDEX, INDEX);
      log('search', `Search index ready: ${pageCount()} pages (${((Date.now() - started) / 1000).toFixed(1)}s).`);
    }
  }
  indexing = false;
  if (indexAgain) {
    indexAgain = false;
    buildIndex();
  }
}

function pageCount() {
  try {
    const entry = JSON.parse(readFileSync(join(INDEX, 'pagefind-entry.json'), 'utf8'));
    return Object.values(entry.languages).reduce((sum, lang) => sum + lang.page_count, 0);
  } catch {
    return 'some';
  }
}

/** Rebuild the index shortly after content stops changing (one CMS save writes several files). */
function watchContent() {
  let timer;
  watch(CONTENT, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      log('search', 'Content changed: updating the search index…');
      buildIndex();
    }, REINDEX_DELAY_MS);
  });
}

// ------------------------------------------------------------------ CMS backend mode

/** The branch the CMS publishes to: backend.branch in admin/config.yml. */
function configBranch() {
  try {
    return yaml.load(readFileSync(join(ROOT, 'admin', 'config.yml'), 'utf8'))?.backend?.branch || 'main';
  } catch {
    return 'main';
  }
}

/**
 * Git mode (the review workflow) if this checkout can take it: a Git repository
 * of its own, on the publishing branch, with nothing uncommitted that the CMS's
 * `git add .` would sweep into an editor's commit. Otherwise the plain file mode,
 * and the reason, printed with the addresses.
 */
function chooseCmsMode() {
  const branch = configBranch();
  const fs = (why) => ({ mode: 'fs', branch, why, env: {} });
  if (process.env.CMS_MODE === 'fs') return fs('CMS_MODE=fs was set');
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const top = git('rev-parse', '--show-toplevel');
  if (top.status !== 0) return fs(`${ROOT} is not a Git repository`);
  if (realpathSync(top.stdout.trim()) !== realpathSync(ROOT)) return fs(`${ROOT} is inside another Git repository`);
  const current = git('symbolic-ref', '--quiet', '--short', 'HEAD').stdout.trim();
  if (current !== branch) return fs(`this checkout is on ${current ? `branch "${current}"` : 'no branch'}, not "${branch}" (backend.branch in admin/config.yml)`);
  const changes = git('status', '--porcelain', '--untracked-files=all').stdout.split('\n').filter(Boolean).map((line) => line.slice(3));
  if (changes.length)
    return fs(
      `there are uncommitted changes (${changes.slice(0, 3).join(', ')}${changes.length > 3 ? ` and ${changes.length - 3} more` : ''}), which the CMS would commit along with an editor's work. Commit or stash them and restart to try it`,
    );
  // decap-server commits as the repository's Git user; lend it a name if there is none.
  const hasIdentity = git('config', 'user.email').stdout.trim() && git('config', 'user.name').stdout.trim();
  const who = { GIT_AUTHOR_NAME: 'Local CMS', GIT_AUTHOR_EMAIL: 'cms@localhost', GIT_COMMITTER_NAME: 'Local CMS', GIT_COMMITTER_EMAIL: 'cms@localhost' };
  return { mode: 'git', branch, why: '', env: hasIdentity ? {} : who };
}

// ------------------------------------------------------------------ main

for (const [port, what] of [
  [SITE_PORT, 'the site'],
  [CMS_PORT, 'the CMS local backend'],
]) {
  if (!(await portFree(port))) {
    console.error(`Port ${port} (for ${what}) is already in use on ${HOST}. Is "npm start" already running in another terminal? Stop it (Ctrl-C) and try again.`);
    process.exit(1);
  }
}
mkdirSync(CACHE, { recursive: true });

const cms = chooseCmsMode();
runServer('cms', 'decap-server', [], decapServerEnv({ port: CMS_PORT, mode: cms.mode, repo: ROOT, extra: cms.env }));

log('search', existsSync(INDEX) ? 'Updating the search index from the last run…' : 'Building the site once to index it for search (takes a few seconds)…');
const firstIndex = buildIndex();
if (!existsSync(INDEX)) await firstIndex;
watchContent();

runServer('site', 'astro', ['dev', '--host', HOST, '--port', String(SITE_PORT)], { PAGEFIND_DEV_DIR: INDEX, VITE_CACHE_DIR: join(CACHE, 'vite') });

try {
  await Promise.all([waitForPort(SITE_PORT), waitForPort(CMS_PORT)]);
} catch (error) {
  console.error(`Could not start: ${error.message}.`);
  stop(1);
}
if (!stopping)
  console.log(
    [
      '',
      '  Ready.',
      `  Site: http://localhost:${SITE_PORT}/`,
      `  CMS:  http://localhost:${SITE_PORT}/admin/  (decap-server on ${HOST}:${CMS_PORT})`,
      ...(cms.mode === 'git'
        ? [
            `        Review workflow on: a save is a draft on a cms/… branch of this repository;`,
            `        "Publish" merges it into ${cms.branch} and the site shows it.`,
          ]
        : [`        Saves go straight into content/. The review workflow is off because ${cms.why}.`]),
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
