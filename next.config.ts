import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  // /articles/x/ → out/articles/x/index.html, so any plain file server needs no rewrites.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
