/**
 * decap-server writes (and commits) files for anyone who can reach it, without asking
 * who they are. `npm start` must only ever run it on the loopback address: this starts
 * decap-server the way scripts/start.mjs does (its environment from
 * scripts/cms-backend.mjs, over the caller's own) and reads, from the kernel, which
 * address it listens on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CMS_HOST, decapServerEnv } from '../../scripts/cms-backend.mjs';
import { repoRoot } from '../support/paths';

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });

/** Local addresses listening on a TCP port, from /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // Field 1 is local_address "ADDR:PORT"; field 3 is the state, 0A = LISTEN.
      .filter((fields) => fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`))
      .map((fields) => fields[1]!.split(':')[0]!),
  );
}

const canConnect = (host: string, port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host, port, timeout: 2000 })
      .once('connect', () => (socket.end(), done(true)))
      .once('error', () => done(false))
      .once('timeout', () => (socket.destroy(), done(false)));
  });

test('npm start runs decap-server with the environment from scripts/cms-backend.mjs', () => {
  const start = readFileSync(join(repoRoot, 'scripts/start.mjs'), 'utf8');
  expect(start).toMatch(/runServer\('cms', 'decap-server', \[\], decapServerEnv\(/);
  expect(start).not.toMatch(/BIND_HOST/);
});

test('the loopback host wins over anything passed in', () => {
  expect(CMS_HOST).toBe('127.0.0.1');
  expect(decapServerEnv({ port: 8081, mode: 'fs', repo: '/x', extra: { BIND_HOST: '0.0.0.0', PORT: '1' } })).toMatchObject({
    BIND_HOST: '127.0.0.1',
    PORT: '8081',
  });
});

describe('decap-server started as npm start starts it', () => {
  const repo = mkdtempSync(join(tmpdir(), 'cms-backend-'));
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    // As start.mjs's run(): the caller's environment, then ours. A caller asking for every interface is overruled.
    const callerEnv = { ...process.env, BIND_HOST: '0.0.0.0' };
    const env = { ...callerEnv, ...decapServerEnv({ port, mode: 'fs', repo }) };
    child = spawn(process.execPath, [realpathSync(join(repoRoot, 'node_modules/.bin/decap-server'))], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`decap-server did not start:\n${output.join('')}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output.push(String(chunk));
        if (/listening on/i.test(output.join(''))) {
          clearTimeout(timer);
          ready();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => fail(new Error(`decap-server exited (${code}):\n${output.join('')}`)));
    });
  }, 30_000);

  afterAll(() => {
    child?.kill();
    rmSync(repo, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only, by the kernel’s own account', () => {
    // 0100007F is 127.0.0.1 in /proc/net/tcp's byte order; 00000000 would be every interface.
    expect(listeningAddresses(port)).toEqual(['0100007F']);
  });

  test('answers on 127.0.0.1 and on no other address of this machine', async () => {
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && address.family === 'IPv4' && !address.internal)
      .map((address) => address!.address);
    for (const address of others) expect(await canConnect(address, port), address).toBe(false);
  });
});
