/**
 * A chart as a PNG file, on the page's background colour (the canvas itself is transparent, so
 * a dark-theme chart saved as is would be light text on nothing). Works in the page and in the
 * chart worker.
 */
export async function chartPng(canvas: HTMLCanvasElement | OffscreenCanvas, background: string): Promise<Blob> {
  if (typeof OffscreenCanvas === 'undefined') {
    // A page in a browser without OffscreenCanvas.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    paint(copy.getContext('2d'), canvas, background);
    return new Promise((resolve, reject) => copy.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
  }
  const copy = new OffscreenCanvas(canvas.width, canvas.height);
  paint(copy.getContext('2d'), canvas, background);
  return copy.convertToBlob({ type: 'image/png' });
}

function paint(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null, chart: HTMLCanvasElement | OffscreenCanvas, background: string): void {
  if (!ctx) throw new Error('no 2D canvas to make the PNG on');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, chart.width, chart.height);
  ctx.drawImage(chart, 0, 0);
}
