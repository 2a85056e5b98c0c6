// A tiny static file server on loopback (node:http, no dependency), for the e2e suite and the
// data benchmark: a copy of the build, or a published data folder on another origin.
//
//   node e2e/static-server.mjs --root <folder> --port <n> [--spa] [--cors] [--csp <policy>]
//
// --spa answers a page request for a missing path with index.html (as a deployment does),
// --cors sends Access-Control-Allow-Origin: *, --csp sends the Content-Security-Policy header.
// Port 0 takes any free port. Prints "ready http://127.0.0.1:<port>" once listening.
//
// A test changes how the data server answers, without restarting it, through <root>/.server-rules.json,
// read on every request: { "cors": false, "files": { "chi-tieu-data/manifest.json": { "status": 500 } } }
// where a file's rule is { "status": n } (an error page), { "html": true } (200 with an HTML
// page, as a proxy's error page) or { "hang": true } (never answers: a timeout).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    port: { type: 'string', default: '0' },
    spa: { type: 'boolean', default: false },
    cors: { type: 'boolean', default: false },
    csp: { type: 'string' },
  },
});
if (!values.root) throw new Error('--root <folder> is required');
const root = resolve(values.root);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const readRules = () =>
  readFile(join(root, '.server-rules.json'), 'utf8').then(
    (text) => JSON.parse(text),
    () => ({}),
  );

/** The file a URL path names inside the root, or null (outside it, or a dotfile). */
function fileOf(pathname) {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const path = join(root, relative || 'index.html');
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (relative.split(/[/\\]/).some((part) => part.startsWith('.'))) return null;
  return { path, relative };
}

const ERROR_PAGE = (status) => `<!doctype html><html><head><title>${status}</title></head><body><h1>${status}</h1><p>Error page of the server.</p></body></html>`;

const server = createServer(async (req, res) => {
  const rules = await readRules();
  const headers = { 'Cache-Control': 'no-cache' };
  if (values.cors && rules.cors !== false) Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' });
  if (values.csp) headers['Content-Security-Policy'] = values.csp;
  if (req.method === 'OPTIONS') return res.writeHead(204, headers).end();
  if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405, headers).end();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = fileOf(url.pathname);
  if (!file) return res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not Found');
  const rule = rules.files?.[file.relative.split(sep).join('/')];
  if (rule?.hang) return; // never answers; closed when the server stops
  if (rule?.status) return res.writeHead(rule.status, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(ERROR_PAGE(rule.status));
  if (rule?.html) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(ERROR_PAGE('Service Unavailable'));
  try {
    const body = await readFile(file.path);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream', 'Content-Length': body.byteLength });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    const page = values.spa && (req.headers.accept ?? '').includes('text/html');
    if (!page) return res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not Found');
    const index = await readFile(join(root, 'index.html'));
    res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] }).end(index);
  }
});

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready http://127.0.0.1:${typeof address === 'object' && address ? address.port : values.port}`);
});
