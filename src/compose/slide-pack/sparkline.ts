import type { LevelFigures, MetricView } from '../pack-model.js';
import { renderTemplate } from '../templates.js';
import { roundBox, roundInches } from './geometry.js';
import { actualValue } from '../metric-figures.js';
import type { Box, SparklineView } from './slide-pack-view.js';

/** Months a sparkline covers. */
export const SPARKLINE_POINTS = 12;
/** A lone point between gaps is drawn as a tick this wide, inches. */
const TICK = 0.03;

/**
 * The 12-month trend of a level's actuals as a small line in `box`. Suppressed and missing
 * months are gaps. None where fewer than two months have a figure.
 */
export function sparkline(name: string, metric: MetricView, level: LevelFigures, box: Box, colour: string): SparklineView | undefined {
  const points = level.history.slice(-SPARKLINE_POINTS);
  const values = points.map(actualValue);
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length < 2) return undefined;
  const low = Math.min(...known);
  const high = Math.max(...known);
  const yOf = (v: number): number => (high === low ? box.h / 2 : box.h - ((v - low) / (high - low)) * box.h);
  const xOf = (index: number): number => (points.length === 1 ? box.w / 2 : (index / (points.length - 1)) * box.w);

  const segments: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  values.forEach((v, index) => {
    if (v === undefined) {
      if (current.length > 0) segments.push(current);
      current = [];
      return;
    }
    current.push({ x: roundInches(xOf(index)), y: roundInches(yOf(v)) });
  });
  if (current.length > 0) segments.push(current);
  const drawn = segments.map((segment) => {
    const only = segment[0];
    return segment.length === 1 && only !== undefined ? [{ x: roundInches(Math.max(0, only.x - TICK)), y: only.y }, { x: roundInches(Math.min(box.w, only.x + TICK)), y: only.y }] : segment;
  });

  const firstIndex = values.findIndex((v) => v !== undefined);
  const lastIndex = values.findLastIndex((v) => v !== undefined);
  const altText = renderTemplate('slide-pack/sparkline-alt-text', {
    label: metric.label,
    level: level.levelName,
    first: points[firstIndex]?.actual?.display ?? '',
    firstPeriod: points[firstIndex]?.period.label ?? '',
    last: points[lastIndex]?.actual?.display ?? '',
    lastPeriod: points[lastIndex]?.period.label ?? '',
  });
  return { kind: 'sparkline', name, ...roundBox(box), altText, colour, segments: drawn };
}
