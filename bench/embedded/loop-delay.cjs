// Preloaded into the measured server (node -r): on SIGUSR2 it prints its event-loop delay since
// the previous SIGUSR2 as one `LOOP_DELAY {...}` line (ms) and starts counting afresh.
const { monitorEventLoopDelay } = require('node:perf_hooks');

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on('SIGUSR2', () => {
  const ms = (ns) => Math.round((ns / 1e6) * 10) / 10;
  const figures = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) };
  process.stdout.write(`LOOP_DELAY ${JSON.stringify(figures)}\n`);
  histogram.reset();
});
