// The performance targets of tracker issue 6, checked against one run's results. A target whose scenario did not
// run is reported as n/a, never as met.
const ratio = (a, b) => (a && b ? a / b : null);
const minOf = (...xs) => {
  const nums = xs.filter((x) => typeof x === 'number');
  return nums.length ? Math.min(...nums) : null;
};

export function checkTargets(results) {
  const tp = results.throughput?.scenarios ?? {};
  // CPU-time throughput: the wall figure drops whenever other work shares the 2 cores (see measure.mjs).
  const mb = (key) => tp[key]?.cpuMbPerS ?? null;
  const cli = results.cli ?? {};
  const endToEnd = cli.atScale?.cpuPostingsPerS ? cli.atScale : cli.workers1;
  const rows = [
    { id: 'extract-mbps', text: 'extractRequirements >= 30 MB/s (CPU time)', value: mb('jobsift'), unit: 'MB/s', ok: (v) => v >= 30 },
    { id: 'vs-wink', text: '>= 10x wink-nlp readDoc (default pipeline)', value: ratio(mb('jobsift'), mb('wink-readDoc')), unit: 'x', ok: (v) => v >= 10 },
    { id: 'vs-compromise', text: '>= 150x compromise nlp()', value: ratio(mb('jobsift'), mb('compromise-nlp')), unit: 'x', ok: (v) => v >= 150 },
    {
      id: 'taxonomy-10x',
      text: '10x taxonomy (synthetic) <= 1.3x time',
      value: ratio(mb('jobsift'), mb('jobsift-10x-synthetic')),
      unit: 'x time',
      ok: (v) => v <= 1.3,
    },
    {
      id: 'taxonomy-onet',
      text: 'with the O*NET pack <= 1.3x time',
      value: ratio(mb('jobsift'), mb('jobsift-onet-pack')),
      unit: 'x time',
      ok: (v) => v <= 1.3,
    },
    {
      // The smaller of the two medians: wall time is stretched by other work, CPU time counts V8's helper threads.
      id: 'import-ms',
      text: 'import of jobsift <= 50 ms (min of wall and CPU medians)',
      value: minOf(results.coldStart?.plain?.importMs, results.coldStart?.plain?.importCpuMs),
      unit: 'ms',
      ok: (v) => v <= 50,
    },
    {
      id: 'cli-postings-per-s',
      text: `end to end from JSONL >= 5,000 postings/s (${endToEnd?.postings ?? '?'} postings, 1 worker, per CPU second)`,
      value: endToEnd?.cpuPostingsPerS ?? null,
      unit: 'postings/s',
      ok: (v) => v >= 5000,
    },
    {
      id: 'cli-rss-200k',
      text: 'CLI peak RSS < 200 MB at 200,000 postings',
      value: cli.atScale?.maxRssMb ?? null,
      unit: 'MB',
      ok: (v) => v < 200,
    },
    {
      id: 'aggregate-rss-200k',
      text: `aggregation peak RSS < 200 MB at ${results.aggregation?.postings ?? '?'} summaries`,
      value: results.aggregation?.maxRssMb ?? null,
      unit: 'MB',
      ok: (v) => v < 200,
    },
    {
      // At 200,000 postings when that run was made: each thread's start-up and warm-up (~1 CPU s) is then amortised
      // as it is on the corpora --workers is for; the 20,000-posting figure is printed beside it.
      id: 'workers-2',
      text: `2 workers >= 1.7x 1 worker (${cli.speedup2WorkersAtScale ? cli.atScale.postings : cli.workers1?.postings ?? '?'} postings, wall time: needs an idle machine${cli.twoProcessCeiling ? `; two independent processes: ${cli.twoProcessCeiling.speedup}x` : ''})`,
      value: cli.speedup2WorkersAtScale ?? cli.speedup2Workers ?? null,
      unit: 'x',
      ok: (v) => v >= 1.7,
    },
  ];
  return rows.map(({ ok, value, ...row }) => ({
    ...row,
    value: value === null ? null : Math.round(value * 100) / 100,
    met: value === null ? null : ok(value),
  }));
}
