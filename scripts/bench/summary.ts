/** The short summary printed at the end of `npm run bench`: each budget with its figures, and Node throughput. */
import { count, ms, type Results } from './report';

export function printSummary(r: Results): void {
  console.info('');
  for (const j of r.judged) {
    const result = j.unit === '×' ? `×${j.result.toFixed(2)}` : `${j.result.toFixed(2)} ${j.unit}`;
    const figures = j.base === null ? '' : ` (${ms(j.value)} against ${ms(j.base)})`;
    console.info(`budget ${j.holds ? 'PASS' : 'FAIL'} ${j.name}: ${result}${figures}, limit ${j.max} ${j.unit}`);
  }
  console.info(
    `evaluator ${count(r.node.evaluatorOpsPerSecond)} ops/s, composer ${count(r.node.composerOpsPerSecond)} ops/s, pace summary of a year ${ms(r.node.paceSummaryMs)}, reader on 1.5 MB ${ms(r.node.readMs)} (parse ${ms(r.node.parseMs)})`,
  );
}
