/** Once per end-to-end run: the failure screenshots folder holds this run's failures only. */
import { clearFailureScreenshots } from './failure-screenshots';

export default function setup(): void {
  clearFailureScreenshots();
}
