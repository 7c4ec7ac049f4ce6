/** What the figures were measured on, for the report: a benchmark without its machine means little. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { GIB } from './files';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  commit: string;
}

export function describeMachine(repo: string): Machine {
  let commit = 'unknown';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).trim() !== '';
    commit = dirty ? `${head} with uncommitted changes` : head;
  } catch {
    // Not a git checkout: leave it unknown.
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / GIB) * 10) / 10,
    os: `Linux ${release()}`,
    node: process.version,
    commit,
  };
}

/** The 1-minute load average: above the core count means the machine was busy with other work too. */
export function load(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}
