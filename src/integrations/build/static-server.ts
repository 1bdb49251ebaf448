/** Serve a built site folder on a loopback port (for rendering PDFs and share images, and for benchmarks). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Serve as a production host would: the build's precompressed .br and .gz copies and long-lived
   * cache headers for Astro's hashed assets (the benchmark's Lighthouse runs use this).
   */
  production?: boolean;
  /** The site's base path ("/evidence/"): its pages' addresses start with it, and the folder holds them without it. */
  base?: string;
}

export async function serveFolder(folder: string, options: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = options.production
    ? sirv(folder, {
      extensions: ['html'], brotli: true, gzip: true, etag: true,
      setHeaders: (res, pathname) => {
        res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
      },
    })
    : sirv(folder, { dev: true, extensions: ['html'] });
  const prefix = (options.base ?? '/').replace(/\/$/, '');
  const server: Server = createServer((req, res) => {
    if (prefix && req.url && (req.url === prefix || req.url.startsWith(`${prefix}/`))) req.url = req.url.slice(prefix.length) || '/';
    return handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
