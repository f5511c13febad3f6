// One cold start, in a fresh process: time to import the engine, time of the first analyse call, heap they add.
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { analyse } = await import('../src/engine/index.ts');
const t1 = performance.now();
analyse('Well done to Lily in Year 2 for a brilliant assembly! UPN B801200005001');
const t2 = performance.now();
const heap1 = process.memoryUsage().heapUsed;
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, heapMb: (heap1 - heap0) / 2 ** 20 }));
