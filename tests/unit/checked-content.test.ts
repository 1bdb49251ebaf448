import { afterEach, describe, expect, it } from 'vitest';
import { checkedContent, checkedContentWhenReady, keepCheckedContent } from '../../src/lib/checked-content.ts';
import type { SiteContent } from '../../src/lib/content/site.ts';

const content = { chapters: [], findings: [] } as unknown as SiteContent;

afterEach(() => keepCheckedContent(undefined));

describe('content handed over while it is still being checked', () => {
  it('is waited for once, by the first reader that needs it now', () => {
    let waits = 0;
    keepCheckedContent({ wait: () => { waits += 1; return content; }, ready: Promise.resolve(content) });
    expect(checkedContent()).toBe(content);
    expect(checkedContent()).toBe(content);
    expect(waits).toBe(1);
  });

  it('is given as a promise to readers that can wait, without blocking', async () => {
    let waits = 0;
    keepCheckedContent({ wait: () => { waits += 1; return content; }, ready: Promise.resolve(content) });
    expect(await checkedContentWhenReady()).toBe(content);
    expect(waits).toBe(0);
  });

  it('is nothing when no content was handed over', async () => {
    expect(checkedContent()).toBeUndefined();
    expect(await checkedContentWhenReady()).toBeUndefined();
  });
});
