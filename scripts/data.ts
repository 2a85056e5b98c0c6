/**
 * Entry of `npm run data -- <command>` (see scripts/data-cli.ts). Bundled first by Vite's SSR build,
 * as scripts/bench.ts is, since Node 20 cannot run TypeScript by itself; then run with plain node.
 */
import { runDataCli } from './data-cli';

process.exitCode = await runDataCli(process.argv.slice(2));
