/**
 * Peak memory of a command and everything it starts (Astro spawns no workers
 * today, but Pagefind and future versions may): the resident set sizes of the
 * whole process tree, summed, read from /proc every few tens of milliseconds.
 * Linux only, like the machine the targets are set for.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** pid → parent pid for every process we can see. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) is in brackets and may hold spaces; the parent pid follows the closing one.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants, in bytes. */
export function treeRss(root: number): number {
  const parentOf = parents();
  const tree = new Set([root]);
  // Parents are listed before children almost always, but not guaranteed: repeat until stable.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parentOf)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of tree) total += rssBytes(pid);
  return total;
}

export interface Measured {
  seconds: number;
  peakBytes: number;
  exitCode: number | null;
  output: string;
}

/** Runs a command to the end, timing it and sampling its process tree's memory; keeps the last of its output for errors. */
export function measureCommand(command: string, args: string[], options: SpawnOptions & { sampleMs?: number } = {}): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, options.sampleMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolvePromise({ seconds: (performance.now() - started) / 1000, peakBytes: peak, exitCode, output });
    });
  });
}
