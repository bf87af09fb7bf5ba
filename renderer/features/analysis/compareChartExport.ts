// A chart out through the files door, as SVG or as PNG, at the size chosen. The file stands alone:
// black ink on a white ground (the app's theme colours mean nothing outside it), with its namespace.
// The PNG is the same SVG drawn on a canvas, loaded from a data: URL, which the CSP allows for images.
import type { Export } from '../../files/exportFile';
import { safeFileName } from '../export/exportFileName';

export function chartSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('color', 'black');
  const ground = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', 'white');
  copy.prepend(ground);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

export async function chartPngBytes(svgText: string, width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this window cannot draw on a canvas');
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the chart could not be encoded as PNG');
  return new Uint8Array(await blob.arrayBuffer());
}

export interface ChartFile {
  projectName: string;
  /** “passages by leaning, grouped bars”: names the file. */
  title: string;
  format: 'svg' | 'png';
  /** Draws the chart at the chosen size for the file. */
  draw(): SVGSVGElement;
  width: number;
  height: number;
}

export function chartExport({ projectName, title, format, draw, width, height }: ChartFile): Export {
  return {
    failure: `Saving the chart as ${format.toUpperCase()} failed`,
    prepare: async () => {
      const text = chartSvgText(draw());
      const content = format === 'svg' ? text : await chartPngBytes(text, width, height);
      return {
        file: { purpose: format === 'svg' ? 'chartSvg' : 'chartPng', suggestedName: `${safeFileName(projectName)} ${safeFileName(title)}.${format}`, content },
        saved: ({ path }) => `Saved the chart (${width} × ${height}) as ${format.toUpperCase()} to ${path}.`,
      };
    },
  };
}
