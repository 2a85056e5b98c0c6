import { describe, expect, it } from 'vitest';
import { formatPlan, parsePlanText, type PlanForm } from './plan-form';

describe('parsePlanText: plans as the province writes them', () => {
  it.each<[string, PlanForm, string | null]>([
    ['9', { kind: 'exact', value: 9 }, null],
    ['9%', { kind: 'exact', value: 9 }, '%'],
    ['1.862 tỷ đồng', { kind: 'exact', value: 1862 }, 'tỷ đồng'],
    ['8 - 8,5%', { kind: 'range', low: 8, high: 8.5 }, '%'],
    ['8-8,5', { kind: 'range', low: 8, high: 8.5 }, null],
    ['9–10%/năm', { kind: 'range', low: 9, high: 10 }, '%/năm'],
    ['8% - 8,5%', { kind: 'range', low: 8, high: 8.5 }, '%'],
    ['từ 8 đến 9', { kind: 'range', low: 8, high: 9 }, null],
    ['8 - 8', { kind: 'exact', value: 8 }, null],
    ['trên 57,5%', { kind: 'at-least', value: 57.5, strict: true }, '%'],
    ['Trên 57,5', { kind: 'at-least', value: 57.5, strict: true }, null],
    ['hơn 5.000 người', { kind: 'at-least', value: 5000, strict: true }, 'người'],
    ['từ 8% trở lên', { kind: 'at-least', value: 8, strict: false }, '%'],
    ['8% trở lên', { kind: 'at-least', value: 8, strict: false }, '%'],
    ['không dưới 3', { kind: 'at-least', value: 3, strict: false }, null],
    ['≥ 95%', { kind: 'at-least', value: 95, strict: false }, '%'],
    ['dưới 12%', { kind: 'at-most', value: 12, strict: true }, '%'],
    ['Dưới 12', { kind: 'at-most', value: 12, strict: true }, null],
    ['không quá 3%', { kind: 'at-most', value: 3, strict: false }, '%'],
    ['3% trở xuống', { kind: 'at-most', value: 3, strict: false }, '%'],
    ['khoảng 9%', { kind: 'about', value: 9 }, '%'],
    ['Khoảng 9', { kind: 'about', value: 9 }, null],
    ['~9', { kind: 'about', value: 9 }, null],
    ['-2', { kind: 'exact', value: -2 }, null],
  ])('%s', (text, form, unit) => {
    expect(parsePlanText(text)).toEqual({ ok: true, form, unit });
  });

  it.each<[string, PlanForm]>([
    ['8 - 8.5%', { kind: 'range', low: 8, high: 8.5 }],
    ['above 57.5%', { kind: 'at-least', value: 57.5, strict: true }],
    ['8% or more', { kind: 'at-least', value: 8, strict: false }],
    ['below 12%', { kind: 'at-most', value: 12, strict: true }],
    ['at most 3', { kind: 'at-most', value: 3, strict: false }],
    ['about 9%', { kind: 'about', value: 9 }],
  ])('in English: %s', (text, form) => {
    expect(parsePlanText(text, 'en')).toMatchObject({ ok: true, form });
  });

  it.each([['', 'empty'], ['   ', 'empty'], ['chưa giao', 'not-a-plan'], ['9 - 8', 'reversed-range'], ['trên', 'not-a-plan'], ['8 - ', 'not-a-plan'], ['9% năm 2025', 'not-a-plan']])('%j is not a plan (%s)', (text, reason) => {
    expect(parsePlanText(text)).toEqual({ ok: false, reason });
  });
});

describe('formatPlan: the plan as written, never a bare number that loses the word', () => {
  it.each<[PlanForm, string, string, string]>([
    [{ kind: 'exact', value: 1862 }, 'tỷ đồng', '1.862 tỷ đồng', '1,862 tỷ đồng'],
    [{ kind: 'range', low: 8, high: 8.5 }, '%', '8–8,5%', '8–8.5%'],
    [{ kind: 'at-least', value: 57.5, strict: true }, '%', 'trên 57,5%', 'above 57.5%'],
    [{ kind: 'at-least', value: 8, strict: false }, '%', 'từ 8% trở lên', '8% or more'],
    [{ kind: 'at-most', value: 12, strict: true }, '%', 'dưới 12%', 'below 12%'],
    [{ kind: 'at-most', value: 3, strict: false }, '%', 'không quá 3%', 'at most 3%'],
    [{ kind: 'about', value: 9 }, '%', 'khoảng 9%', 'about 9%'],
  ])('%j', (form, unit, vi, en) => {
    expect(formatPlan(form, 'vi', unit)).toBe(vi);
    expect(formatPlan(form, 'en', unit)).toBe(en);
  });
});
