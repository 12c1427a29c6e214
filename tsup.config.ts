import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The browser-safe library: no Node built-ins may be reached from these entries.
    entry: { index: 'src/index.ts', 'packs/onet': 'src/packs/onet.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    // zod and entities are bundled (tree-shaken) into the Node builds: loading zod's ~120 ES modules one by one
    // cost ~40 ms of the import, over the 50 ms budget; the bundled parts cost ~5 ms. The browser entry below keeps
    // them external so that an app's bundler shares one zod with the app. Types still come from the installed zod.
    noExternal: ['zod', 'entities'],
  },
  {
    // The browser entry (the `browser` export condition): the library plus the NLP engines imported statically,
    // since browsers have neither `require` nor `createRequire`. Types are those of index.d.ts.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    splitting: false,
    treeshake: true,
  },
  {
    // The command-line tool: Node only.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
    external: ['compromise', 'wink-nlp', 'wink-eng-lite-web-model'],
    noExternal: ['zod', 'entities'],
  },
]);
