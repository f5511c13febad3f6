// Reading a Chrome trace (devtools.timeline + V8's sampling profiler) of one page: its main thread's tasks, and how
// much of each was the extension's code. Two measures, as DevTools has them: the trace's own events that name a
// script (EvaluateScript, v8.compile, FunctionCall… with the extension's URL), and the sampling profiler's stacks
// (any frame from the extension's URL), which also catch promise continuations and code the events do not name.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an 'X' event, µs: less than `dur` when the thread was descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

interface FrameInfo {
  isOutermostMainFrame?: boolean;
  processId?: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string };
}

/** A top-level main-thread task, in milliseconds from the trace's clock. */
export interface Task {
  start: number;
  end: number;
  dur: number;
  /** The thread's CPU time in it (the rest it spent descheduled, on a busy machine). */
  cpu: number;
  /** Time in this task sampled inside the extension's code (plus garbage collection it caused). */
  extMs: number;
  /** The heaviest extension functions in this task by self time (for the reader who asks what dominates). */
  top: [string, number][];
}

/** Script-running events: where DevTools' "Scripting" starts. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
]);

const us = (x: number) => x / 1000;

export class PageTrace {
  readonly events: TraceEvent[];
  readonly pid: number;
  readonly tid: number;
  readonly origin: string;
  private readonly main: TraceEvent[];
  /** Sample times (µs) and, per sample, its node id, in time order. */
  private sampleTs: number[] = [];
  private sampleNode: number[] = [];
  private readonly nodes = new Map<number, ProfileNode>();
  /** Per node: does its stack hold an extension frame? */
  private readonly extNode = new Map<number, boolean>();

  /** `origin`: chrome-extension://<id>/ (whose code counts as ours). The page is the traced tab's main frame. */
  constructor(events: TraceEvent[], origin: string) {
    this.events = events;
    this.origin = origin;
    // The tab's main frame, in the renderer it last committed in (a navigation can move it to a new process).
    let pid: number | undefined;
    for (const e of events) {
      if (e.name !== 'TracingStartedInBrowser' && e.name !== 'FrameCommittedInBrowser') continue;
      const data = e.args?.data as { frames?: FrameInfo[] } & FrameInfo;
      const frames = data.frames ?? [data];
      const main = frames.find((f) => f.isOutermostMainFrame && f.processId !== undefined);
      if (main) pid = main.processId;
    }
    const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && (e.args as { name?: string }).name === 'CrRendererMain');
    if (!thread) throw new Error("the tab's renderer main thread is not in the trace");
    this.pid = thread.pid;
    this.tid = thread.tid;
    this.main = events.filter((e) => e.pid === this.pid && e.tid === this.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
    this.readProfile();
  }

  private readProfile(): void {
    const profile = this.events.find((e) => e.name === 'Profile' && e.pid === this.pid && e.tid === this.tid);
    if (!profile) return;
    let t = Number((profile.args?.data as { startTime?: number }).startTime);
    for (const chunk of this.events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== this.pid || chunk.id !== profile.id) continue;
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
      for (const node of data.cpuProfile?.nodes ?? []) this.nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        this.sampleTs.push(t);
        this.sampleNode.push(samples[i]!);
      }
    }
    // A delta can be negative (samples are not always emitted in time order): sort them by time.
    const order = this.sampleTs.map((_, i) => i).sort((a, b) => this.sampleTs[a]! - this.sampleTs[b]!);
    this.sampleNode = order.map((i) => this.sampleNode[i]!);
    this.sampleTs = order.map((i) => this.sampleTs[i]!);
  }

  private isExtNode(id: number): boolean {
    const known = this.extNode.get(id);
    if (known !== undefined) return known;
    const node = this.nodes.get(id);
    const ext = !!node && ((node.callFrame.url ?? '').startsWith(this.origin) || (node.parent !== undefined && this.isExtNode(node.parent)));
    this.extNode.set(id, ext);
    return ext;
  }

  private fnName(id: number): string {
    const node = this.nodes.get(id);
    if (!node) return '?';
    const url = node.callFrame.url ?? '';
    const file = url.startsWith(this.origin) ? url.slice(this.origin.length) : url.split('/').pop() || '';
    return `${node.callFrame.functionName || '(anonymous)'}${file ? ` ${file}` : ''}`;
  }

  /**
   * Milliseconds of samples inside the extension's code in [from, to) (µs). A "(garbage collector)" sample counts as
   * ours when the sample before it was ours: V8 samples GC without the stack that caused it.
   */
  extSampled(from: number, to: number, script?: string): number {
    return this.sampledIn(from, to, script).total;
  }

  private sampledIn(from: number, to: number, script?: string): { total: number; self: Map<string, number> } {
    const self = new Map<string, number>();
    let total = 0;
    let i = lowerBound(this.sampleTs, from);
    let previousOurs = false;
    for (; i < this.sampleTs.length && this.sampleTs[i]! < to; i++) {
      const id = this.sampleNode[i]!;
      const next = this.sampleTs[i + 1] ?? this.sampleTs[i]!;
      const dt = Math.min(next - this.sampleTs[i]!, 2000);
      const name = this.nodes.get(id)?.callFrame.functionName ?? '';
      let ours = this.isExtNode(id) && (!script || this.stackHas(id, script));
      if (name === '(garbage collector)') ours = previousOurs;
      else if (name !== '(program)' && name !== '(idle)') previousOurs = ours;
      if (name === '(idle)') previousOurs = false;
      if (ours) {
        total += dt;
        const key = name === '(garbage collector)' ? '(garbage collector)' : this.fnName(id);
        self.set(key, (self.get(key) ?? 0) + dt);
      }
    }
    return { total: us(total), self };
  }

  private stackHas(id: number, script: string): boolean {
    for (let node = this.nodes.get(id); node; node = node.parent === undefined ? undefined : this.nodes.get(node.parent)) {
      if ((node.callFrame.url ?? '').includes(script)) return true;
    }
    return false;
  }

  /** Top-level tasks of the page's main thread that overlap [from, to) (µs; default the whole trace). */
  tasks(from = -Infinity, to = Infinity): Task[] {
    return this.main
      .filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) > from && e.ts < to)
      .map((e) => {
        const { total, self } = this.sampledIn(e.ts, e.ts + (e.dur ?? 0));
        const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, t]) => [n, us(t)] as [string, number]);
        return { start: us(e.ts), end: us(e.ts + (e.dur ?? 0)), dur: us(e.dur ?? 0), cpu: us(e.tdur ?? e.dur ?? 0), extMs: total, top };
      });
  }

  /**
   * Script events (outermost only) in [from, to) µs, all of them or only those naming a URL that starts with
   * `prefix`: their wall-clock and thread (CPU) milliseconds.
   */
  scriptEvents(from: number, to: number, prefix?: string): { wall: number; cpu: number } {
    let wall = 0;
    let cpu = 0;
    let coveredTo = -Infinity;
    for (const e of this.main) {
      if (e.ts < from || e.ts >= to || !SCRIPT_EVENTS.has(e.name)) continue;
      if (prefix !== undefined) {
        const url = String(e.args?.data?.url ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '');
        if (!url.startsWith(prefix)) continue;
      }
      const end = e.ts + (e.dur ?? 0);
      if (end <= coveredTo) continue; // nested in one already counted
      wall += end - Math.max(e.ts, coveredTo);
      cpu += e.tdur ?? e.dur ?? 0;
      coveredTo = end;
    }
    return { wall: us(wall), cpu: us(cpu) };
  }

  /** Timestamps (µs) of the page's `performance.mark(name)` calls, in order. */
  marks(name: string): number[] {
    return this.events.filter((e) => e.pid === this.pid && e.name === name && e.cat.includes('blink.user_timing')).map((e) => e.ts).sort((a, b) => a - b);
  }
}

function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
