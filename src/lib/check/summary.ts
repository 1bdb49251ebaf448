/**
 * The one line that sums up a content check: what was read, and what could not be (a chapter or
 * dataset with an error is not counted as read, but said apart, so the count never hides it).
 */
import type { SiteContent } from '../model.ts';

/** "1 chapter", "2 chapters". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "1 publication, 2 chapters, 3 numbered items, 3 quotes, 1 dataset; 1 chapter and 1 dataset not read (see their errors)". */
export function contentSummary(content: Pick<SiteContent, 'publications' | 'chapters' | 'recommendations' | 'quotes' | 'datasets' | 'gaps'>): string {
  const read = [
    counted(content.publications.length, 'publication'),
    counted(content.chapters.length, 'chapter'),
    counted(content.recommendations.length, 'numbered item'),
    counted(content.quotes.length, 'quote'),
    counted(content.datasets.length, 'dataset'),
  ].join(', ');
  const { unread } = content.gaps;
  const notRead = [
    unread.publications > 0 ? counted(unread.publications, 'publication') : '',
    unread.chapters > 0 ? counted(unread.chapters, 'chapter') : '',
    unread.datasets > 0 ? counted(unread.datasets, 'dataset') : '',
  ].filter(Boolean);
  if (notRead.length === 0) return read;
  const last = notRead.pop()!;
  const list = notRead.length > 0 ? `${notRead.join(', ')} and ${last}` : last;
  return `${read}; ${list} not counted, because of ${notRead.length === 0 && /^1 /.test(last) ? 'its' : 'their'} errors`;
}

/** "1 error, 2 warnings". */
export function findingsSummary(errors: number, warnings: number): string {
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')}`;
}
