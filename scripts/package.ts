// `npm run package`: the release artefacts, versioned from package.json, in .output/release/:
//   postcheck-<version>-chrome-edge.zip      upload to the Chrome Web Store and Edge Add-ons (wxt zip)
//   postcheck-<version>-firefox.zip          upload to addons.mozilla.org (wxt zip -b firefox)
//   postcheck-<version>-firefox-sources.zip  AMO asks for the sources of minified code: kept, for its reviewers
//   postcheck-<version>-training.zip         the one-file training page and a README.txt for trainers
// The extensions are built in a scratch folder, not .output/chrome-mv3: the browser tests load that build and rely
// on its manifest `key`, which the store zip must not carry.
// Zips are written with @aklinker1/zero-zip, the writer `wxt zip` itself uses (already installed with WXT): one
// zip format for every artefact and no new dependency.
import { createZip } from '@aklinker1/zero-zip';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { zip } from 'wxt';
import { buildTraining } from './build-training.ts';

const ROOT = join(import.meta.dirname, '..');
export const RELEASE_DIR = join(ROOT, '.output/release');

export type ArtefactKind = 'chrome' | 'firefox' | 'sources' | 'training';

/** The version every artefact carries: package.json's (WXT copies it into both manifests). */
export function packageVersion(root = ROOT): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) {
    // Chrome and Firefox accept only dotted numbers as an extension version.
    throw new Error(`package.json version ${JSON.stringify(version)} is not 1 to 4 dot-separated numbers`);
  }
  return version;
}

/** Each artefact's file name. */
export function artefactNames(version: string): Record<ArtefactKind, string> {
  return {
    chrome: `postcheck-${version}-chrome-edge.zip`,
    firefox: `postcheck-${version}-firefox.zip`,
    sources: `postcheck-${version}-firefox-sources.zip`,
    training: `postcheck-${version}-training.zip`,
  };
}

/** Files no artefact may hold: source maps, tests, local secrets, dependencies, build output, editor and OS litter. */
const FORBIDDEN: RegExp[] = [
  /\.map$/,
  /(^|\/)node_modules\//,
  /(^|\/)\.env(\.|$)/,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)(test|tests|__tests__|test-results|bench)\//,
  /(^|\/)\.(output|wxt|tools|git)\//,
  /(^|\/)(\.DS_Store|Thumbs\.db)$/,
  /\.pem$/,
];

export function forbiddenEntries(names: readonly string[]): string[] {
  return names.filter((name) => FORBIDDEN.some((re) => re.test(name)));
}

/** What the sources zip leaves out beyond WXT's own list (node_modules, tests, .output, dotfiles): not needed to build. */
const EXCLUDE_SOURCES = ['test/**', 'test-results/**', 'bench/**', '**/*.pem'];

/** The note beside the training page, for a trainer who has only the zip (CRLF: it may open in an old Notepad). */
export function trainingReadme(version: string): string {
  return [
    `Postcheck for schools: training page (version ${version})`,
    '',
    'Open index.html in any web browser (double-click it). It is one file: copy it to a USB stick or a',
    'room PC and it works there, offline, with no extension and no installation.',
    '',
    'Present: one risky post at a time, the warning revealed step by step (arrow keys, Space, or a clicker).',
    'Quiz: "Would you post this?", risky and clean posts mixed; the room votes, you reveal.',
    'Try your own: type a post and see what the checker finds, and why.',
    'Handout: the policy in plain English, to print.',
    '',
    'Choose the policy at the top. Nothing typed or chosen on the page is stored or sent anywhere.',
    'Every school and pupil in the scenarios is invented.',
    '',
  ].join('\r\n');
}

/** Names and contents of a zip's files (fflate reads what zero-zip and WXT write). */
export function readZip(zipFile: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(new Uint8Array(zipFile))).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Fails the release when an artefact holds a forbidden file or a manifest of another version. */
export function checkArtefact(kind: ArtefactKind, zipFile: Buffer, version: string): string[] {
  const files = readZip(zipFile);
  const problems = forbiddenEntries([...files.keys()]).map((name) => `${kind}: must not contain ${name}`);
  if (kind === 'chrome' || kind === 'firefox') {
    const manifest = files.get('manifest.json');
    if (!manifest) problems.push(`${kind}: no manifest.json at the root`);
    else {
      const parsed = JSON.parse(manifest.toString('utf8')) as { version?: string; key?: string };
      if (parsed.version !== version) problems.push(`${kind}: manifest version ${parsed.version}, expected ${version}`);
      // The Chrome Web Store refuses an upload whose manifest has a `key` (it assigns the listed id itself).
      if (parsed.key !== undefined) problems.push(`${kind}: manifest.json must not carry a key`);
    }
  }
  if (kind === 'sources' && !files.has('package.json')) problems.push('sources: no package.json');
  if (kind === 'training' && !files.has('index.html')) problems.push('training: no index.html');
  return problems;
}

export interface Artefact {
  kind: ArtefactKind;
  file: string;
  bytes: number;
}

/** Builds every artefact into `outDir`; throws (leaving what was written) if any fails its check. */
export async function packageRelease(outDir = RELEASE_DIR): Promise<Artefact[]> {
  // A release is a production build whatever the caller's environment (vitest sets NODE_ENV=test).
  process.env.NODE_ENV = 'production';
  const version = packageVersion();
  const names = artefactNames(version);
  const work = mkdtempSync(join(tmpdir(), 'postcheck-package-'));
  mkdirSync(outDir, { recursive: true });
  try {
    for (const [browser, kind] of [['chrome', 'chrome'], ['firefox', 'firefox']] as const) {
      await zip({
        root: ROOT,
        browser,
        outDir: work,
        // Absolute paths: WXT resolves them against its out folder, so the zips land in outDir.
        zip: {
          artifactTemplate: join(outDir, names[kind]),
          sourcesTemplate: join(outDir, names.sources),
          excludeSources: EXCLUDE_SOURCES,
        },
        hooks: {
          // Kept in every other build so unpacked installs and the tests have the pinned id (src/settings/extension-id.ts).
          'build:manifestGenerated': (_wxt, manifest) => {
            delete (manifest as { key?: string }).key;
          },
        },
      });
    }
    const trainingDir = join(work, 'training');
    const page = await buildTraining(trainingDir);
    const archive = createZip({ level: 9 });
    archive.addFile('index.html', readFileSync(page));
    archive.addFile('README.txt', trainingReadme(version));
    writeFileSync(join(outDir, names.training), await archive.toBuffer());
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const artefacts = (Object.keys(names) as ArtefactKind[]).map((kind) => {
    const file = join(outDir, names[kind]);
    return { kind, file, bytes: statSync(file).size };
  });
  const problems = artefacts.flatMap((a) => checkArtefact(a.kind, readFileSync(a.file), version));
  if (problems.length) throw new Error(`package: ${problems.join('; ')}`);
  return artefacts;
}

if (import.meta.main) {
  const outDir = process.argv[2] ?? RELEASE_DIR;
  const artefacts = await packageRelease(outDir);
  console.log(`\nPostcheck ${packageVersion()}, in ${outDir}:`);
  for (const a of artefacts) console.log(`  ${basename(a.file).padEnd(44)} ${(a.bytes / 1024).toFixed(0).padStart(6)} KB`);
}
