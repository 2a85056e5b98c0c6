import type { ComponentType } from 'react';

/**
 * A view's code, loaded on first visit, as a route's lazy(). A failed load (offline, or a new
 * build replaced the chunk) becomes a view that throws, so the route's error boundary says so:
 * the router leaves a route whose lazy() rejected unrendered — a blank page.
 */
export const lazyView = (load: () => Promise<ComponentType>) => () =>
  load().then(
    (Component) => ({ Component }),
    (error: unknown) => ({
      Component: () => {
        throw error;
      },
    }),
  );
