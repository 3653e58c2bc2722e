/** After each failed end-to-end test: screenshots of the pages it left open (failure-screenshots.ts). */
import { afterEach } from 'vitest';
import { saveFailureScreenshots } from './failure-screenshots';

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await saveFailureScreenshots(task.fullName);
});
