// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { lazyView } from './lazy-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { RouteError } from './route-error';

function Boom(): never {
  throw new TypeError('Cannot read properties of undefined (reading "slides")');
}

/** A browser router, as the app uses, opened at `path`. */
function routerAt(path: string) {
  window.history.replaceState(null, '', path);
  return createBrowserRouter([{ element: <><nav>menu</nav><Outlet /></>, ErrorBoundary: RouteError, children: [{ path: 'boom', element: <Boom />, ErrorBoundary: RouteError }, { path: 'ok', element: <p>fine</p> }] }]);
}

afterEach(cleanup);

describe('the route error boundary', () => {
  it.each([
    ['/boom', 'Màn hình này gặp lỗi', 'Về trang tổng quan', 'Tải lại trang', '/'],
    ['/boom?lang=en', 'This view ran into a problem', 'Back to the overview', 'Reload the page', '/?lang=en'],
  ])('%s: a message, one line of detail, a way back and a reload', (path, title, back, reload, href) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<RouterProvider router={routerAt(path)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByRole('alert').textContent).toContain('TypeError: Cannot read properties of undefined');
    expect(screen.getByRole('alert').textContent).not.toMatch(/at Boom|\.tsx:\d+/);
    expect(screen.getByRole('link', { name: back }).getAttribute('href')).toBe(href);
    expect(screen.getByRole('button', { name: reload })).toBeTruthy();
    // The view failed, not the layout: its navigation stays.
    expect(screen.getByText('menu')).toBeTruthy();
  });

  it('a view whose code cannot be loaded shows the message, not a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/data');
    const router = createBrowserRouter([{ element: <><nav>menu</nav><Outlet /></>, ErrorBoundary: RouteError, children: [{ path: 'data', lazy: lazyView(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))), ErrorBoundary: RouteError }] }]);
    render(<RouterProvider router={router} />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Màn hình này gặp lỗi');
    expect(screen.getByRole('alert').textContent).toContain('TypeError: Failed to fetch dynamically imported module');
    expect(screen.getByText('menu')).toBeTruthy();
  });

  it('an unknown route is a not-found page, not a stack trace', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<RouterProvider router={routerAt('/nowhere')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Không tìm thấy trang');
    expect(screen.getByRole('alert').textContent).toContain('404');
  });
});
