import type { RunView } from '../../compose/slide-pack/slide-pack-view.js';

/**
 * LibreOffice draws a link as one unbreakable field, breaking it between letters when it is
 * longer than the line; so a linked run is written as one link per word with plain spaces
 * between, and wraps at its spaces as the composer measured. PowerPoint shows the same.
 */
export function splitLinks(runs: readonly RunView[]): RunView[] {
  return runs.flatMap((run) => {
    if (run.link === undefined || !run.text.includes(' ')) return [run];
    const { link, ...plain } = run;
    return run.text
      .split(/( +)/)
      .filter((part) => part !== '')
      .map((part) => (part.startsWith(' ') ? { ...plain, text: part } : { ...run, text: part }));
  });
}
