/** The history of published changes (src/lib/history/): recorded by each build, read back as changes with their words before and after. */
import { describe, expect, it } from 'vitest';
import { changesIn, emptyHistory, updateHistory, wordDiff, type CurrentBlock } from '../../src/lib/history/history.ts';

const page = '/report/chapter/';
const blocks = (...texts: string[]): CurrentBlock[] => texts.map((text, i) => ({ anchor: `para-${i + 1}`, text, label: `1.${i + 1}` }));
const at = (history: ReturnType<typeof emptyHistory>, texts: string[], day: string) => updateHistory(history, new Map([[page, blocks(...texts)]]), day);

describe('the history of changes', () => {
  it('records a new page as first published, with no change', () => {
    const history = at(emptyHistory(), ['One.', 'Two.'], '2025-01-01');
    expect(history.pages[page]?.since).toBe('2025-01-01');
    expect(changesIn(history, [page])).toEqual([]);
  });

  it('records a changed paragraph as a new version from the day of the build, and keeps the old words', () => {
    const first = at(emptyHistory(), ['One.', 'Two words here.'], '2025-01-01');
    const second = at(first, ['One.', 'Two new words here.'], '2025-02-03');
    expect(changesIn(second, [page])).toEqual([
      { page, anchor: 'para-2', label: '1.2', date: '2025-02-03', before: 'Two words here.', after: 'Two new words here.', kind: 'changed' },
    ]);
    // A build with nothing new changes nothing.
    expect(at(second, ['One.', 'Two new words here.'], '2025-03-01')).toEqual(second);
  });

  it('counts two edits on one day as one change, and an edit undone the same day as none', () => {
    const first = at(emptyHistory(), ['One.'], '2025-01-01');
    const twice = at(at(first, ['One more.'], '2025-02-01'), ['One more time.'], '2025-02-01');
    expect(changesIn(twice, [page]).map((c) => [c.before, c.after])).toEqual([['One.', 'One more time.']]);
    const undone = at(at(first, ['Oops.'], '2025-02-01'), ['One.'], '2025-02-01');
    expect(changesIn(undone, [page])).toEqual([]);
  });

  it('records a paragraph added to a published page as inserted, and one removed as removed', () => {
    const first = at(emptyHistory(), ['One.'], '2025-01-01');
    const added = at(first, ['One.', 'New.'], '2025-02-01');
    expect(changesIn(added, [page]).map((c) => [c.anchor, c.kind, c.before, c.after])).toEqual([['para-2', 'inserted', '', 'New.']]);
    const removed = updateHistory(added, new Map([[page, [{ anchor: 'para-1', text: '', label: '1.1', retired: true }, ...blocks('One.', 'New.').slice(1)]]]), '2025-03-01');
    expect(changesIn(removed, [page]).map((c) => [c.anchor, c.kind])).toEqual([['para-2', 'inserted'], ['para-1', 'removed']]);
  });

  it('shows a change word by word', () => {
    expect(wordDiff('reached residents five days after', 'reached residents four days after')).toEqual([
      { text: 'reached residents ', change: 'same' },
      { text: 'five', change: 'removed' },
      { text: 'four', change: 'added' },
      { text: ' days after', change: 'same' },
    ]);
  });
});
