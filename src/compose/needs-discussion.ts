import type { MetricView } from './pack-model.js';

/**
 * Whether a metric needs the committee's discussion: red, a special cause of concern, consistently
 * failing its target, or a process that has changed (its limits no longer say whether it will meet
 * its target). These get their charts in the slide pack's main body, after their area's slide.
 */
export function needsDiscussion(metric: MetricView): boolean {
  const spc = metric.spc;
  return (
    metric.rating.rating === 'red' ||
    spc?.variation?.code.startsWith('concerning') === true ||
    spc?.assurance?.code === 'consistently-failing' ||
    spc?.assurance?.code === 'process-changed'
  );
}
