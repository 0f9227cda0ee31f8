/**
 * A minimal linear time scale (epoch ms -> px) with the d3 scale interface d3-zoom's `rescaleX` needs
 * (domain, range, invert, copy), so the chart avoids pulling d3-scale's formatting code into the bundle.
 *
 * @example
 * const x = linearScale(0, 1000, 500); x(500) // 250; x.invert(250) // 500
 * zoomIdentity.scale(2).rescaleX(x).domain() // [0, 500]
 */
export interface LinearScale {
  (t: number): number;
  invert(px: number): number;
  domain(): [number, number];
  domain(d: readonly (number | Date)[]): LinearScale;
  range(): [number, number];
  range(r: readonly number[]): LinearScale;
  copy(): LinearScale;
}

export function linearScale(d0: number, d1: number, width: number, r0 = 0): LinearScale {
  let dom: [number, number] = [d0, d1];
  let ran: [number, number] = [r0, r0 + width];
  const scale = ((t: number) => ran[0] + ((t - dom[0]) / (dom[1] - dom[0])) * (ran[1] - ran[0])) as LinearScale;
  scale.invert = (px: number) => dom[0] + ((px - ran[0]) / (ran[1] - ran[0])) * (dom[1] - dom[0]);
  scale.domain = ((d?: readonly (number | Date)[]) => {
    if (!d) return [...dom];
    dom = [+d[0]!, +d[1]!];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (!r) return [...ran];
    ran = [r[0]!, r[1]!];
    return scale;
  }) as LinearScale['range'];
  scale.copy = () => linearScale(dom[0], dom[1], ran[1] - ran[0], ran[0]);
  return scale;
}
