import { lazy, type ComponentType } from 'react';

/**
 * A view's code, loaded on its first visit (each feature is its own chunk). A failed load
 * (offline, or a new build replaced the chunk) throws when the view renders, so the view's
 * error boundary says so instead of leaving a blank page.
 */
export const lazyView = (load: () => Promise<ComponentType>) => lazy(() => load().then((Component) => ({ default: Component })));
