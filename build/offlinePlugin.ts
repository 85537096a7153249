/**
 * Offline and installable, at build time: emits the web app manifest and its PNG icons, links
 * them from index.html, and after the build writes `sw.js` with the list of every file in the
 * output folder and its SHA-256 (see src/offline/serviceWorker.ts for what the worker does).
 * Hand-written rather than vite-plugin-pwa: that one needs workbox-build (Babel, Rollup, terser
 * and 30-odd packages) for what is here ~150 lines.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerMain } from '../src/offline/serviceWorker.ts';
import { iconPng, THEME_COLOR } from './pngIcon.ts';
import { buildVersion, precacheList, SERVICE_WORKER_FILE } from './precacheList.ts';

export const MANIFEST_FILE = 'manifest.webmanifest';

const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

export function webAppManifest() {
  return {
    name: 'Churnscope',
    short_name: 'Churnscope',
    description: 'Private, in-browser customer churn analysis. Your data never leaves this browser.',
    // Relative to the manifest's own URL, so the app installs from any sub-path.
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: ICONS.map((icon) => ({
      src: icon.file,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/** The text of sw.js: the worker's function called with this build's list and version. */
export function serviceWorkerSource(entries: Parameters<typeof buildVersion>[0]): string {
  const version = buildVersion(entries);
  return [
    `// Churnscope service worker, build ${version}. Written by build/offlinePlugin.ts.`,
    `(${serviceWorkerMain.toString()})(self, ${JSON.stringify(entries, null, 1)}, ${JSON.stringify(version)});`,
    '',
  ].join('\n');
}

export function offlinePlugin(): Plugin {
  let outDir = '';
  return {
    name: 'churnscope-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      return html.replace(
        '<link rel="icon" href="data:," />',
        [
          `<link rel="icon" type="image/png" href="./${ICONS[0].file}" />`,
          `    <link rel="manifest" href="./${MANIFEST_FILE}" />`,
          `    <meta name="theme-color" content="${THEME_COLOR}" />`,
        ].join('\n'),
      );
    },
    generateBundle() {
      for (const icon of ICONS) {
        const source = iconPng(icon.size, icon.purpose === 'maskable' ? 0.28 : 0.18);
        this.emitFile({ type: 'asset', fileName: icon.file, source });
      }
      this.emitFile({ type: 'asset', fileName: MANIFEST_FILE, source: JSON.stringify(webAppManifest(), null, 2) });
    },
    async closeBundle() {
      const entries = await precacheList(outDir);
      await writeFile(resolve(outDir, SERVICE_WORKER_FILE), serviceWorkerSource(entries));
    },
  };
}
