/** Starting HTTP servers as child processes (so the load generator never shares their CPU time) and stopping them. */
import { spawn } from 'node:child_process';
import { childEnv } from './processes.mjs';

/**
 * Spawns `command args` and waits for the stdout line matched by `ready` (a RegExp); resolves with the
 * match and a stop() function. Fails with what the program said if it exits or stays silent too long.
 */
export function startServer(command, args, ready, { timeoutMs = 30_000, label = args.join(' ') } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() });
    let stdout = '';
    let stderr = '';
    let settled = false;
    const fail = (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${label}: ${why}${stderr.trim() ? `: ${stderr.trim().slice(0, 1500)}` : ''}`));
    };
    const timer = setTimeout(() => fail(`no ready line within ${timeoutMs / 1000} s`), timeoutMs);
    // Both pipes are always drained, so a server that logs requests never blocks on a full pipe.
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 10_000) stderr += chunk;
    });
    child.stdout.on('data', (chunk) => {
      if (settled) return;
      stdout += chunk;
      const match = ready.exec(stdout);
      if (!match) return;
      settled = true;
      clearTimeout(timer);
      const exited = new Promise((done) => child.once('exit', done));
      resolve({
        match,
        pid: child.pid,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(t);
        },
      });
    });
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code, signal) => fail(`exited (${code ?? signal}) before it was ready`));
  });
}
