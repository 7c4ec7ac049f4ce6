/**
 * How `npm start` runs decap-server, the CMS's local backend. decap-server writes
 * files (and in Git mode commits) for anyone who can reach it, without asking who
 * they are, so it only ever listens on the loopback address: BIND_HOST is set last,
 * so nothing passed in (or in the caller's environment) can widen it.
 * tests/unit/cms-backend-bind.test.ts starts decap-server through this function and
 * checks the address it listens on.
 */
export const CMS_HOST = '127.0.0.1';

/** The environment for decap-server: its mode, the repository it writes to, its port, and the loopback host. */
export function decapServerEnv({ port, mode, repo, extra = {} }) {
  return { ...extra, MODE: mode, GIT_REPO_DIRECTORY: repo, PORT: String(port), BIND_HOST: CMS_HOST };
}
