import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { checkSlideView, MAX_VIEW_CHARS, routePattern, slideKindOf, type SlideKind } from './slide-view';

describe('checkSlideView accepts the app’s own views, rebuilt as path + query', () => {
  it.each<[SlideKind, string, string]>([
    ['overview', '/', '/'],
    ['overview', '/?year=2020&indicators=a,b,c', '/?year=2020&indicators=a,b,c'],
    ['district', '/district/tan-uyen?year=2020', '/district/tan-uyen?year=2020'],
    ['district', '/district', '/district'],
    ['district', '/district/tan-uyen/', '/district/tan-uyen'],
    ['indicator', '/indicator/budget_revenue?year=2019#top', '/indicator/budget_revenue?year=2019'],
    ['trend', '/trend?area=lai-chau&indicator=budget_revenue', '/trend?area=lai-chau&indicator=budget_revenue'],
    ['ranking', '/ranking?year=2019&scheme=x;c;budget_revenue:2:150;!jobs:1:120', '/ranking?year=2019&scheme=x;c;budget_revenue:2:150;!jobs:1:120'],
    ['ranking', '/ranking?year=2019&lang=en&embed=1', '/ranking?year=2019'],
    ['trend', '/trend?area=a%20b', '/trend?area=a+b'],
    ['district', '/district/../district/tan-uyen', '/district/tan-uyen'],
  ])('%s %s → %s', (kind, value, expected) => {
    const checked = checkSlideView(kind, value);
    expect(checked).toEqual({ ok: true, view: expected });
    // A rebuilt view passes again unchanged.
    expect(checkSlideView(kind, expected)).toEqual({ ok: true, view: expected });
  });
});

describe('checkSlideView refuses anything that leaves the app or is not a slide', () => {
  it.each<[SlideKind, unknown, string]>([
    ['overview', '//evil.example/page', 'other-origin'],
    ['overview', '/\\evil.example', 'other-origin'],
    ['overview', '/%2F%2Fevil.example', 'unknown-path'],
    ['overview', '/\t/evil.example', 'control-chars'],
    ['overview', '/\n/evil.example', 'control-chars'],
    ['overview', '/\u0000', 'control-chars'],
    ['overview', 'javascript:alert(1)', 'not-a-path'],
    ['overview', 'JaVaScRiPt:alert(1)', 'not-a-path'],
    ['overview', 'https://evil.example/', 'not-a-path'],
    ['overview', 'data:text/html,<script>alert(1)</script>', 'not-a-path'],
    ['overview', ' /', 'not-a-path'],
    ['overview', '', 'not-a-path'],
    ['district', '/district\\..\\..\\evil', 'backslash'],
    ['overview', '/upload', 'unknown-path'],
    ['overview', '/present?slide=1', 'unknown-path'],
    ['overview', '/admin', 'unknown-path'],
    ['trend', '/trend/extra', 'unknown-path'],
    ['district', '/district/a/b', 'unknown-path'],
    ['district', '/district/%2F%2Fevil.example', 'bad-id'],
    ['district', '/district/%3Cscript%3E', 'bad-id'],
    ['district', '/district/tan uyen', 'bad-id'],
    ['district', '/indicator/budget_revenue', 'kind-mismatch'],
    ['overview', '/ranking', 'kind-mismatch'],
    ['overview', '/?year=2020&next=//evil.example', 'unknown-param'],
    ['indicator', '/indicator/x?year=1&year=2', 'repeated-param'],
    ['ranking', `/ranking?scheme=${'x'.repeat(LIMITS.schemeLinkChars + 1)}`, 'scheme-too-long'],
    ['overview', `/?year=${'1'.repeat(MAX_VIEW_CHARS)}`, 'too-long'],
    ['overview', 42, 'not-text'],
    ['overview', null, 'not-text'],
    ['overview', { toString: () => '/' }, 'not-text'],
  ])('%s %j → %s', (kind, value, code) => {
    const checked = checkSlideView(kind, value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem.code).toBe(code);
  });
});

describe('slideKindOf', () => {
  it.each([
    ['/', 'overview'],
    ['/district/tan-uyen', 'district'],
    ['/indicator', 'indicator'],
    ['/trend', 'trend'],
    ['/ranking', 'ranking'],
    ['/data', null],
    ['/present', null],
    ['/district/a/b', null],
    ['/constructor', null],
    ['/__proto__', null],
  ])('%s → %s', (path, kind) => {
    expect(slideKindOf(path)).toBe(kind);
  });
});

describe('routePattern', () => {
  it('gives the router’s paths', () => {
    expect(routePattern('district', 'area')).toBe('district/:area?');
    expect(routePattern('indicator', 'indicator')).toBe('indicator/:indicator?');
    expect(routePattern('trend')).toBe('trend');
  });
});
