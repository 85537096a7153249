import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { offlinePlugin } from './build/offlinePlugin.ts';

/**
 * The privacy promise, enforced by the browser: nothing but the app's own origin
 * (plus blob:/data: for workers and exports). Injected only into the built page,
 * because the dev server needs inline scripts and a websocket for hot reload.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // 'self' covers the service worker (sw.js) as well as the engine's workers.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'churnscope-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      );
    },
  };
}

export default defineConfig({
  // Relative base: the built app works from any static host under any sub-path.
  base: './',
  plugins: [svelte(), cspMetaTag(), offlinePlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  server: { fs: { allow: ['.', '../shared'] } },
});
