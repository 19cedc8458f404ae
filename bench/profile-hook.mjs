// Loaded into the server by bench/profile.ts (`node --import`): the first SIGUSR2 starts V8's
// sampling profiler in the process, the second stops it and writes the profile (a .cpuprofile, as
// `--cpu-prof` writes) to BENCH_PROFILE_OUT. Unlike `--cpu-prof`, the profile then covers only the
// measured phase, not the start-up, the sign-ins and the warm-up.
import fs from 'node:fs';
import inspector from 'node:inspector';

const out = process.env.BENCH_PROFILE_OUT;
const interval = Number(process.env.BENCH_PROFILE_INTERVAL_US ?? 500);
const session = new inspector.Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
let running = false;
process.on('SIGUSR2', () => {
  void (async () => {
    if (!running) {
      running = true;
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval });
      await post('Profiler.start');
      fs.writeFileSync(`${out}.started`, '');
    } else {
      const { profile } = await post('Profiler.stop');
      running = false;
      fs.writeFileSync(`${out}.tmp`, JSON.stringify(profile));
      fs.renameSync(`${out}.tmp`, out);
    }
  })();
});
