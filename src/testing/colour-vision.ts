import { linearChannel, type Rgba } from './contrast';

/**
 * Full-severity dichromacy simulation (Machado, Oliveira & Fernandes 2009), applied to linear
 * RGB, and CIELAB distance: enough to tell whether two colours stay apart for a reader with
 * protanopia, deuteranopia or tritanopia.
 */
const MATRICES = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
} as const;

export type Dichromacy = keyof typeof MATRICES;
export const DICHROMACIES = Object.keys(MATRICES) as Dichromacy[];

const clamp = (v: number) => Math.min(1, Math.max(0, v));

function lab(r: number, g: number, b: number): [number, number, number] {
  const [x = 0, y = 0, z = 0] = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** How far apart two colours look (CIE76 ΔE) to a reader with the given dichromacy. */
export function perceivedDistance(a: Rgba, b: Rgba, vision: Dichromacy): number {
  const seen = ([r, g, b]: Rgba) => {
    const [r2 = 0, g2 = 0, b2 = 0] = MATRICES[vision].map((row) => clamp(row[0] * linearChannel(r) + row[1] * linearChannel(g) + row[2] * linearChannel(b)));
    return lab(r2, g2, b2);
  };
  const [p, q] = [seen(a), seen(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
