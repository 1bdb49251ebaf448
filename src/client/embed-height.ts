/**
 * On a chart's embed page: tell the page that frames it how tall the chart is, when it loads and
 * whenever that changes (the table opened, the frame narrowed), so the embed code's snippet can
 * make the frame fit (EMBED_HEIGHT_MESSAGE). A page that runs no such script ignores the message.
 */
import { EMBED_HEIGHT_MESSAGE } from '../lib/data/embed.ts';

if (window.parent !== window) {
  let last = 0;
  const post = (): void => {
    const style = getComputedStyle(document.body);
    const height = Math.ceil(document.body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}
