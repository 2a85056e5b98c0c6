import { spawn } from 'node:child_process';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:4287" */
  origin: string;
  stop: () => Promise<void>;
}

/** Starts e2e/static-server.mjs as its own process and waits until it says it listens (no clock). */
export function startStaticServer(options: { root: string; port: number; spa?: boolean; cors?: boolean; csp?: string }): Promise<StaticServer> {
  const args = ['e2e/static-server.mjs', '--root', options.root, '--port', String(options.port)];
  if (options.spa) args.push('--spa');
  if (options.cors) args.push('--cors');
  if (options.csp) args.push('--csp', options.csp);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (!ready?.[1]) return;
      resolve({ origin: ready[1], stop: () => (child.kill('SIGTERM'), exited) });
    });
    child.once('exit', (code) => reject(new Error(`the static server on port ${options.port} exited (${code}):\n${output}`)));
  });
}
