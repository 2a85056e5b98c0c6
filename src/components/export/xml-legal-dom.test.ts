// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { withXmlLegalText } from './xml-legal-dom';

describe('withXmlLegalText', () => {
  it('makes text and attributes XML-legal while the image is made, then puts them back', async () => {
    document.body.innerHTML = '<figure aria-label="T\u0001itle"><h2>Số xã\u0001 đạt\u001b chuẩn</h2><p title="a\u0007b">ok</p></figure>';
    const figure = document.querySelector('figure') as HTMLElement;
    const before = figure.outerHTML;
    const seen = await withXmlLegalText(figure, () => Promise.resolve(new XMLSerializer().serializeToString(figure)));
    expect([...seen].filter((c) => c < ' ' && !'\t\n\r'.includes(c))).toEqual([]);
    expect(seen).toContain('Số xã đạt chuẩn');
    expect(new DOMParser().parseFromString(seen, 'application/xml').getElementsByTagName('parsererror')).toHaveLength(0);
    expect(figure.outerHTML).toBe(before);
  });

  it('puts things back after a failure too, and leaves what the page changed meanwhile', async () => {
    document.body.innerHTML = '<p>a\u0001b</p><span>c\u0002d</span>';
    const p = document.querySelector('p') as HTMLElement;
    await expect(
      withXmlLegalText(document.body, () => {
        (document.querySelector('span') as HTMLElement).textContent = 'new';
        return Promise.reject(new Error('drawing failed'));
      }),
    ).rejects.toThrow('drawing failed');
    expect(p.textContent).toBe('a\u0001b');
    expect(document.querySelector('span')?.textContent).toBe('new');
  });
});
