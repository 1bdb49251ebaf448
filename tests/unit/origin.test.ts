/** The build's origin replaced by the reader's in what they copy (src/lib/origin.ts). */
import { describe, expect, it } from 'vitest';
import { replaceOrigin } from '../../src/lib/origin.ts';

describe('replaceOrigin', () => {
  const from = 'http://localhost:4321';
  const to = 'https://evidence.example.org';
  it('in addresses, and alone, as in the embed code’s check of the frame’s origin', () => {
    const code = `<iframe src="${from}/data/x/embed/"></iframe><script>addEventListener("message",function(e){if(e.origin!=="${from}")return})</script>`;
    expect(replaceOrigin(code, from, to)).toBe(`<iframe src="${to}/data/x/embed/"></iframe><script>addEventListener("message",function(e){if(e.origin!=="${to}")return})</script>`);
    expect(replaceOrigin(`Available at: ${from}/a/ (Accessed: 1 May 2026)`, from, to)).toBe(`Available at: ${to}/a/ (Accessed: 1 May 2026)`);
  });
  it('never inside a longer host or port', () => {
    for (const other of ['http://localhost:43210/a/', 'http://localhost:4321.example/a/', 'http://localhost:4321-x/']) expect(replaceOrigin(other, from, to)).toBe(other);
    expect(replaceOrigin('https://site.org/a/ https://site.org.uk/a/', 'https://site.org', to)).toBe(`${to}/a/ https://site.org.uk/a/`);
  });
  it('leaves text alone when the reader is on the build’s own address', () => {
    expect(replaceOrigin(`${from}/a/`, from, from)).toBe(`${from}/a/`);
  });
});
