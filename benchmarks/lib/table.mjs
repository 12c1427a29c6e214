// Plain-text rendering of a run: the throughput table with ratios to every reference, then the other scenarios and
// the targets.
const REFERENCES = [
  ['wink-readDoc', 'vs wink'],
  ['wink-sbd-pos', 'vs wink sbd+pos'],
  ['compromise-nlp', 'vs compromise'],
  ['naive-regex', 'vs naive re'],
  ['combined-regex', 'vs 1 regex'],
];

const fmt = (v, digits = 2) => (v === null || v === undefined ? '-' : Number(v).toFixed(digits));
const fmtRatio = (r) => (r === null ? '-' : r >= 100 ? `${r.toFixed(0)}x` : r >= 10 ? `${r.toFixed(1)}x` : `${r.toFixed(2)}x`);

function grid(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Ratios are of CPU-time throughput (see measure.mjs): they hold when other work shares the machine. */
export function renderThroughput(throughput) {
  const s = throughput.scenarios;
  const header = ['scenario', 'MB/s wall', 'MB/s cpu', 'postings/s cpu', 'p50 ms', 'p99 ms', ...REFERENCES.map(([, h]) => h)];
  const measured = Object.values(s).filter((r) => !r.skipped);
  const skipped = Object.values(s).filter((r) => r.skipped);
  const rows = measured.map((r) => {
    return [
      r.label,
      fmt(r.mbPerS, r.mbPerS < 1 ? 3 : 2),
      fmt(r.cpuMbPerS, r.cpuMbPerS < 1 ? 3 : 2),
      fmt(r.cpuPostingsPerS, 0),
      fmt(r.p50Ms, 3),
      fmt(r.p99Ms, 3),
      ...REFERENCES.map(([key]) => (s[key]?.cpuMbPerS ? fmtRatio(r.cpuMbPerS / s[key].cpuMbPerS) : '-')),
    ];
  });
  const notes = skipped.map((r) => `  ${r.label}: skipped (${r.skipped})`);
  return [grid(header, rows), ...notes].join('\n');
}

export function renderTargets(targets) {
  const rows = targets.map((t) => [t.text, t.value === null ? 'n/a' : `${t.value} ${t.unit}`, t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED']);
  return grid(['target', 'measured', ''], rows);
}
