/** English Metric Units: 914,400 to the inch, the unit of every position in the XML. */
export function emu(inches: number): number {
  return Math.round(inches * 914_400);
}
