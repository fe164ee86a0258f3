import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx; scripts/test-all.mjs installs it when it is missing. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** One exported site: its folder and the URL path it is published under ('/' or '/news/'). */
export interface StaticSite {
  dir: string;
  mount: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A server block as any static host would have it: files, `index.html` for folders, and
 * `404.html` for everything else. Nothing here knows about Next.js. A site under a sub-path gets
 * a server of its own whose root is empty, so a link that forgets the base path is a 404.
 */
function serverBlock(site: StaticSite, port: number, emptyRoot: string): string {
  const dir = resolve(site.dir);
  if (site.mount === '/') {
    return `server { listen 127.0.0.1:${port}; root ${dir}; index index.html; error_page 404 /404.html; }`;
  }
  return `server {
    listen 127.0.0.1:${port};
    root ${emptyRoot};
    location ${site.mount} { alias ${dir}/; index index.html; }
    error_page 404 ${site.mount}404.html;
  }`;
}

export interface RunningNginx {
  /** The origin each site is served at, in the order given. */
  origins: string[];
  stop: () => Promise<void>;
}

/** Starts one nginx process on loopback ports, in the foreground, with everything in a temp dir. */
export async function startNginx(sites: StaticSite[]): Promise<RunningNginx> {
  const work = mkdtempSync(join(tmpdir(), 'storyline-nginx-'));
  const emptyRoot = join(work, 'empty');
  mkdirSync(emptyRoot);
  const ports = await Promise.all(sites.map(() => freePort()));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(work, name)};`).join('\n  ');
  const config = `daemon off;
master_process off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  ${sites.map((site, i) => serverBlock(site, ports[i]!, emptyRoot)).join('\n  ')}
}
`;
  writeFileSync(join(work, 'nginx.conf'), config);
  const child: ChildProcess = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origins = ports.map((port) => `http://127.0.0.1:${port}`);

  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await Promise.all(origins.map((origin) => fetch(`${origin}/`)));
      break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origins,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
