// Chains two source maps: `outer` maps a file to an intermediate one, `inner` maps that one to the
// sources; the result maps the file straight to the sources (the CLI chunks are ES modules turned into
// CommonJS by a second esbuild pass, and profiles and stack traces should still name src/ lines).
import { SourceMap } from 'node:module';
import { decode, encode } from '@jridgewell/sourcemap-codec';

export function composeSourceMaps(outer, inner) {
  const lookup = new SourceMap(inner);
  const sources = [];
  const sourceIndex = new Map();
  const names = [];
  const nameIndex = new Map();
  const indexOf = (map, list, value) => {
    if (!map.has(value)) {
      map.set(value, list.length);
      list.push(value);
    }
    return map.get(value);
  };
  const lines = decode(outer.mappings).map((segments) => {
    const out = [];
    for (const seg of segments) {
      if (seg.length < 4) continue;
      const entry = lookup.findEntry(seg[2], seg[3]);
      if (!entry || entry.originalSource === undefined) continue;
      const mapped = [
        seg[0],
        indexOf(sourceIndex, sources, entry.originalSource),
        entry.originalLine,
        entry.originalColumn,
      ];
      if (entry.name) mapped.push(indexOf(nameIndex, names, entry.name));
      out.push(mapped);
    }
    return out;
  });
  return { version: 3, sources, names, mappings: encode(lines) };
}
