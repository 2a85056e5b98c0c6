// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyView } from './lazy-view';
import { ViewBoundary } from './view-boundary';

function Boom(): never {
  throw new TypeError('Cannot read properties of undefined (reading "slides")');
}

/** A view inside the layout's navigation, in a browser router opened at `path`, as the app renders it. */
function renderAt(path: string, view: React.ReactNode) {
  window.history.replaceState(null, '', path);
  return render(
    <BrowserRouter>
      <nav>menu</nav>
      <ViewBoundary resetKey={path}>
        <Suspense fallback={<p>loading</p>}>{view}</Suspense>
      </ViewBoundary>
    </BrowserRouter>,
  );
}

afterEach(cleanup);

describe('the view error boundary', () => {
  it.each([
    ['/boom', 'Màn hình này gặp lỗi', 'Về trang tổng quan', 'Tải lại trang', '/'],
    ['/boom?lang=en', 'This view ran into a problem', 'Back to the overview', 'Reload the page', '/?lang=en'],
  ])('%s: a message, one line of detail, a way back and a reload', (path, title, back, reload, href) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderAt(path, <Boom />);
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
    const Unloadable = lazyView(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    renderAt('/data', <Unloadable />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Màn hình này gặp lỗi');
    expect(screen.getByRole('alert').textContent).toContain('TypeError: Failed to fetch dynamically imported module');
    expect(screen.getByText('menu')).toBeTruthy();
  });

  it('a new address clears the error: the next view shows', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = renderAt('/boom', <Boom />);
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <BrowserRouter>
        <nav>menu</nav>
        <ViewBoundary resetKey="/ok">
          <p>fine</p>
        </ViewBoundary>
      </BrowserRouter>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
