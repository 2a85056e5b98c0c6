import type { ParseIssue } from '../issues';
import type { AnyDataFileName } from './manifest';
import type { FileMismatch } from './manifest-files';

/** A file the app reads to find and check a publication. */
export type PublicationFile = AnyDataFileName | 'manifest.json' | 'config.json';

/**
 * Why a publication could not be read, located: the address asked, the file, and what was
 * expected versus what came back. The interface turns each into words with the fix.
 */
export type LoadFailure =
  /** The browser is offline. */
  | { kind: 'offline'; url: string; file: PublicationFile }
  | { kind: 'timeout'; url: string; file: PublicationFile; seconds: number }
  /** Online, but no answer at all (server down, wrong host). */
  | { kind: 'unreachable'; url: string; file: PublicationFile }
  /** The server answered, but without CORS headers that let this page read it. */
  | { kind: 'cors'; url: string; file: PublicationFile; origin: string; appOrigin: string }
  /** The page's own Content Security Policy (connect-src) does not allow the data's origin. */
  | { kind: 'csp'; url: string; file: PublicationFile; origin: string }
  | { kind: 'not-found'; url: string; file: PublicationFile }
  | { kind: 'http'; url: string; file: PublicationFile; status: number; statusText: string }
  /** An HTML page (an error or login page) where CSV or JSON was expected. */
  | { kind: 'html'; url: string; file: PublicationFile; contentType: string }
  | { kind: 'too-large'; url: string; file: PublicationFile; limit: number }
  | { kind: 'not-json'; url: string; file: 'manifest.json' | 'config.json'; problem: string }
  | { kind: 'schema'; url: string; file: 'manifest.json'; expected: string; found: string }
  | { kind: 'manifest'; url: string; file: 'manifest.json'; problem: string }
  | { kind: 'config'; url: string; file: 'config.json'; problem: string }
  | ({ kind: 'mismatch'; url: string } & FileMismatch)
  /** Every file matches its manifest entry, but the data itself does not parse. */
  | { kind: 'invalid-data'; url: string; file: string; issues: ParseIssue[] };

export type LoadFailureKind = LoadFailure['kind'];

/** Failures that mean "no network" rather than "the server answered wrongly": the header then says offline. */
const NETWORK_KINDS: ReadonlySet<LoadFailureKind> = new Set(['offline', 'timeout', 'unreachable']);
export const isNetworkFailure = (failure: LoadFailure): boolean => NETWORK_KINDS.has(failure.kind);
