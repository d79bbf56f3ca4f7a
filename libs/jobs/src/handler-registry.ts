import { jobNames, type JobName } from './job-contracts';
import type { JobHandler } from './job-handler';

/**
 * Pairs every job name with exactly one handler. The worker calls this at start-up, so a
 * job nobody handles (or two handlers fighting over one) stops the boot, not a queue at 3 a.m.
 */
export function buildHandlerRegistry(
  handlers: readonly JobHandler[],
  expected: readonly JobName[] = jobNames,
): Map<JobName, JobHandler> {
  const registry = new Map<JobName, JobHandler>();
  const duplicates: string[] = [];
  const unknown: string[] = [];
  for (const handler of handlers) {
    if (!expected.includes(handler.jobName)) unknown.push(handler.jobName);
    else if (registry.has(handler.jobName)) duplicates.push(handler.jobName);
    else registry.set(handler.jobName, handler);
  }
  const missing = expected.filter((name) => !registry.has(name));
  const problems = [
    missing.length ? `no handler for ${missing.join(', ')}` : '',
    duplicates.length ? `more than one handler for ${duplicates.join(', ')}` : '',
    unknown.length ? `handlers for unknown jobs ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(`Job handlers do not match the job contracts: ${problems.join('; ')}`);
  return registry;
}
