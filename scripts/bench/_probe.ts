import { frozenBuild, launchBrowser } from './chromium-pair';
import { profileView, serveProfileView } from './cpu';
import { churn, serveChurn } from './churn';
import { serveTimeToHintPages, timeToHint } from './time-to-hint';
import { setLedgerState } from './ledger-state';
import { Attributor } from './attribution';
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const build = frozenBuild();
const b = await launchBrowser('with', build.dir);
serveTimeToHintPages(b); serveProfileView(b); serveChurn(b);
await setLedgerState(b, null);
const N = Number(process.env.N ?? 5);
const attributor = new Attributor(build.dir, '/work/main/.output/bench-sourcemap/chrome-mv3');
const hots: any[] = [];
const load: number[] = [], spa: number[] = [], cpu: number[] = [];
for (let i = 0; i < N; i++) {
  load.push((await timeToHint(b, 'load')).hintMs ?? NaN);
  spa.push((await timeToHint(b, 'spa')).hintMs ?? NaN);
  const v = await profileView(b); cpu.push((v as any).split.extensionMs ?? (v as any).split.ms ?? NaN);
  hots.push((v as any).split.hot);
}
console.log('load', load.map((x) => x.toFixed(1)).join(' '), 'median', med(load).toFixed(1));
console.log('spa', spa.map((x) => x.toFixed(1)).join(' '), 'median', med(spa).toFixed(1));
console.log('cpu', cpu.map((x) => x.toFixed(1)).join(' '), 'median', med(cpu).toFixed(1));
for (const t of attributor.top(hots, 40)) console.log(JSON.stringify(t).slice(0, 220));
for (const t of attributor.byFile(hots, 40)) console.log(JSON.stringify(t).slice(0, 220));
if (process.env.CHURN) { const c = await churn(b, 'waiting'); console.log('churn waiting', JSON.stringify(c).slice(0, 400)); }
await b.close(); build.remove();
