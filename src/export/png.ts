/**
 * "Download PNG": the exported SVG drawn on a canvas at twice its size (crisp on high-density screens and
 * in print). The SVG is standalone (no external references), so the canvas is never tainted.
 *
 * @example
 * const png = await svgToPng(svgText, 2); // Blob of type image/png, 2x the SVG's width and height
 */
export function svgSizeOf(svgText: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1] ?? 0);
  return { width: num('width') || 800, height: num('height') || 600 };
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSizeOf(svgText);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
