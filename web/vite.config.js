// Vite build of the dashboard into dist/ (scripts/build-web.sh copies it to
// <data dir>/web). One virtual module is generated at build time: the ISO 3166
// numeric -> alpha-3 table from Debian's iso-codes, which joins world-atlas
// country outlines (numeric ids) to dyad's country codes (alpha-3).
import { readFileSync, existsSync } from 'node:fs';
import { defineConfig } from 'vite';

const ISO_CODES = '/usr/share/iso-codes/json/iso_3166-1.json';

function isoCountries() {
  const id = 'virtual:iso-countries';
  return {
    name: 'dyad-iso-countries',
    resolveId(source) {
      return source === id ? '\0' + id : null;
    },
    load(resolved) {
      if (resolved !== '\0' + id) return null;
      if (!existsSync(ISO_CODES)) {
        throw new Error(`${ISO_CODES} is missing: apt-get install iso-codes`);
      }
      const table = {};
      for (const c of JSON.parse(readFileSync(ISO_CODES, 'utf8'))['3166-1']) {
        table[c.numeric] = { iso3: c.alpha_3, name: c.common_name || c.name };
      }
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [isoCountries()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
});
