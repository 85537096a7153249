/** A sparkline's path: values left to right, scaled from zero to the largest value. */
export function sparklinePath(values: readonly number[], width: number, height: number, pad = 1.5): string {
  if (values.length === 0) return '';
  const finite = values.map((v) => (Number.isFinite(v) ? v : 0));
  const max = Math.max(...finite);
  const min = Math.min(0, ...finite);
  const span = max - min || 1;
  const step = finite.length > 1 ? (width - 2 * pad) / (finite.length - 1) : 0;
  return finite
    .map((v, i) => {
      const x = pad + i * step;
      const y = height - pad - ((v - min) / span) * (height - 2 * pad);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join('');
}
