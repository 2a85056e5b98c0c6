import type { SpaceEstimate } from '../../domain/publication/keep-space';

/** What the browser says of this site's storage, asked on the page (a worker's answer may not see an origin's quota); null when it does not say. */
export async function spaceEstimate(): Promise<SpaceEstimate | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { quota: estimate.quota ?? null, usage: estimate.usage ?? null } : null;
  } catch {
    return null;
  }
}
