// `npm run build:training`: the training page as one self-contained HTML file (script and styles inline), so it opens
// from a folder or a USB stick in any browser, from file:// where module scripts and separate files may be refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
export const TRAINING_OUT = join(ROOT, '.output/training');

/** Vite's `?raw` imports (the invented roster CSV), as text. */
const raw: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

/** Text that cannot end the inline element it sits in early. */
function inline(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

export async function buildTraining(outDir = TRAINING_OUT): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/training/standalone.tsx')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: outDir,
    write: false,
    plugins: [raw],
    logLevel: 'warning',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  if (!js) throw new Error('build:training: esbuild produced no script');
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Postcheck for schools: training</title>
<style>${inline(css, 'style')}</style>
</head>
<body>
<div id="root"></div>
<script>${inline(js, 'script')}</script>
</body>
</html>
`;
  const file = join(outDir, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  return file;
}

if (import.meta.main) {
  const file = await buildTraining();
  console.log(`Wrote ${file}: open it in any browser (it needs no extension and no network).`);
}
