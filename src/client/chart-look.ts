/** The colours and motion a chart is drawn with, read from the page's CSS where the chart sits. */
export interface ChartLook {
  text: string;
  grid: string;
  page: string;
  palette: string[];
  /** The page's interface font (--font-ui), for the chart's words. */
  font: string;
  reduceMotion: boolean;
}

export function readChartLook(where: HTMLElement): ChartLook {
  // Resolve the page's colours (light-dark() values) to what a canvas can paint.
  const probe = document.createElement('span');
  // In forced colours (Windows High Contrast) every computed colour would come back as the one
  // text colour, the page's too, and the patterns that tell the series apart would vanish: read
  // the system's own colours instead, unforced.
  const forced = window.matchMedia('(forced-colors: active)').matches;
  probe.style.forcedColorAdjust = 'none';
  where.append(probe);
  const colour = (name: string, fallback: string): string => {
    probe.style.color = name.startsWith('--') ? `var(${name}, ${fallback})` : name;
    return getComputedStyle(probe).color || fallback;
  };
  const look: ChartLook = forced ? {
    text: colour('CanvasText', '#000000'),
    grid: colour('GrayText', '#808080'),
    page: colour('Canvas', '#ffffff'),
    palette: [colour('CanvasText', '#000000'), colour('CanvasText', '#000000'), colour('CanvasText', '#000000')],
    font: getComputedStyle(where).fontFamily || 'system-ui, sans-serif',
    reduceMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  } : {
    text: colour('--text', '#1b1d21'),
    grid: colour('--rule', '#d6d2ca'),
    page: colour('--page', '#ffffff'),
    palette: [colour('--chart-1', '#1d5a8c'), colour('--chart-2', '#a0362a'), colour('--chart-3', '#1f6b3a')],
    font: getComputedStyle(where).fontFamily || 'system-ui, sans-serif',
    reduceMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
  probe.remove();
  return look;
}
