// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useWindowingReady } from './windowed-rows';

afterEach(cleanup);

describe('the windowing code, loaded before a large dataset’s first view', () => {
  it('holds nothing back when no table is long', () => {
    expect(renderHook(() => useWindowingReady(false)).result.current).toBe(true);
  });

  it('holds the view until the code is here, and then never again', async () => {
    const first = renderHook(() => useWindowingReady(true));
    expect(first.result.current).toBe(false);
    await waitFor(() => expect(first.result.current).toBe(true));
    // Another view of the same dataset is drawn at once.
    expect(renderHook(() => useWindowingReady(true)).result.current).toBe(true);
  });
});
