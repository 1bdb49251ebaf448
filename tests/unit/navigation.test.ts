/** The site's words for its index pages and its themes (src/lib/navigation.ts). */
import { describe, expect, it } from 'vitest';
import { themeWords } from '../../src/lib/navigation.ts';

describe('themeWords', () => {
  it('a site with one kind of theme is read in its words; one with several, as themes', () => {
    expect(themeWords({ themeKinds: [{ id: 'topic', label: 'Topic', plural: 'Topics' }] })).toEqual({ one: 'topic', many: 'topics' });
    expect(themeWords({ themeKinds: [{ id: 'key', label: 'Key theme', plural: 'Key themes' }, { id: 'context', label: 'Context', plural: 'Context' }] })).toEqual({ one: 'theme', many: 'themes' });
  });
});
