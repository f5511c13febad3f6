// Recording a Chrome trace of one tab over the DevTools protocol: the main thread's tasks and script events, V8's
// sampling profiler (about every 0.15 ms) and the page's performance marks.
import type { CDPSession, Page } from 'playwright-core';
import type { TraceEvent } from './trace.ts';

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

export interface Recording {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(cdp: CDPSession): Promise<Recording> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES },
  });
  return {
    async stop() {
      const complete = new Promise<{ dataLossOccurred?: boolean }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { dataLossOccurred } = await complete;
      cdp.off('Tracing.dataCollected', collect);
      if (dataLossOccurred) throw new Error('the trace buffer overflowed: shorten the recording');
      return events;
    },
  };
}

/** JSHeapUsedSize of the tab's isolate (page and content-script worlds share it) after a full garbage collection. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('no JSHeapUsedSize metric');
  return used.value;
}

export type { Page };
