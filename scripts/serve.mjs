#!/usr/bin/env node
// Serves the exported site as a plain static host would, and prints the URL to open.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = process.argv[2] ?? 'out';
const port = process.env.PORT ?? '3000';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No site in ${dir}/: run "npm run build" first.`);
  process.exit(1);
}
console.log(`Serving ${dir}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
const server = spawn('npx', ['serve', dir, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-port-switching'], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
server.on('exit', (code) => process.exit(code ?? 0));
