/**
 * `npm run dev`: the API server (restarted when server code changes) and Vite's dev server
 * with hot reload (http://localhost:5173/), which passes /graphql through to the API.
 * Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [
  spawn(
    'node',
    ['--import', 'tsx', '--watch-path=server', '--watch-path=schema', 'server/main.ts'],
    {
      stdio: 'inherit',
    },
  ),
  spawn('npx', ['vite', '--config', 'vite.config.ts'], { stdio: 'inherit' }),
];

function stop(): void {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
